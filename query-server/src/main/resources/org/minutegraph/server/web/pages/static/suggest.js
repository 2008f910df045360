// Type-ahead for every <input data-suggest>: asks /api/suggest and offers tools, topics, people and teams.
(function () {
  "use strict";
  function attach(input) {
    var list = document.createElement("ul");
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("autocomplete", "off");
    var items = [], selected = -1, timer = null, latest = 0;

    function close() { list.hidden = true; selected = -1; }
    function choose(item) {
      input.value = item.label;
      close();
      if (input.form) { input.form.submit(); }
    }
    function render() {
      list.textContent = "";
      items.forEach(function (item, i) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", i === selected ? "true" : "false");
        var label = document.createElement("span");
        label.textContent = item.label + " ";
        var kind = document.createElement("span");
        kind.className = "badge " + item.kind;
        kind.textContent = item.kind;
        label.appendChild(kind);
        var count = document.createElement("span");
        count.className = "count";
        count.textContent = item.count + " passages";
        li.appendChild(label);
        li.appendChild(count);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(item); });
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
    }
    function ask() {
      var q = input.value.trim();
      if (q.length < 2) { items = []; render(); return; }
      var ticket = ++latest;
      fetch("/api/suggest?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (found) { if (ticket === latest) { items = found; selected = -1; render(); } })
        .catch(function () { items = []; render(); });
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 120); });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) { return; }
      if (e.key === "ArrowDown") { selected = Math.min(selected + 1, items.length - 1); render(); e.preventDefault(); }
      else if (e.key === "ArrowUp") { selected = Math.max(selected - 1, -1); render(); e.preventDefault(); }
      else if (e.key === "Enter" && selected >= 0) { e.preventDefault(); choose(items[selected]); }
      else if (e.key === "Escape") { close(); }
    });
  }
  document.querySelectorAll("input[data-suggest]").forEach(attach);
})();

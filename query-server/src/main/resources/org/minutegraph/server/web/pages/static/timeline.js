// The timeline chart: meetings per month stacked by team, with zoom; a click on a month narrows the page to it.
(function () {
  "use strict";
  var el = document.getElementById("chart");
  var dataEl = document.getElementById("timeline-data");
  if (!el || !dataEl || typeof echarts === "undefined") { return; }
  var data = JSON.parse(dataEl.textContent);
  if (!data.months.length) { el.hidden = true; return; }
  var palette = ["#2457c5", "#0e9f8f", "#e07a1f", "#8e44ad", "#c0392b", "#d4a017", "#5d6d7e", "#e84393", "#7cb342", "#00838f", "#6d4c41", "#3949ab"];
  var chart = echarts.init(el, null, { renderer: "canvas" });
  chart.setOption({
    color: palette,
    animationDuration: 300,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { type: "scroll", top: 0 },
    grid: { left: 36, right: 16, top: 40, bottom: 64 },
    xAxis: { type: "category", data: data.months, axisTick: { alignWithLabel: true } },
    yAxis: { type: "value", minInterval: 1, name: "meetings", nameTextStyle: { align: "left" } },
    dataZoom: [{ type: "slider", bottom: 12, height: 22 }, { type: "inside" }],
    series: data.series.map(function (s) {
      return { name: s.label, type: "bar", stack: "meetings", barMaxWidth: 36, emphasis: { focus: "series" }, data: s.data };
    })
  });
  chart.on("click", function (p) {
    var month = data.months[p.dataIndex];
    var parts = month.split("-");
    var last = new Date(Number(parts[0]), Number(parts[1]), 0).getDate();
    var url = new URL(window.location.href);
    url.searchParams.set("from", month + "-01");
    url.searchParams.set("to", month + "-" + String(last).padStart(2, "0"));
    window.location.href = url.toString();
  });
  window.addEventListener("resize", function () { chart.resize(); });
})();

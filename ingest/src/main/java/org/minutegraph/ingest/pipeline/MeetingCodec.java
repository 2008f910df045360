package org.minutegraph.ingest.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minutegraph.ingest.model.ActionItem;
import org.minutegraph.ingest.model.ActionStatus;
import org.minutegraph.ingest.model.Decision;
import org.minutegraph.ingest.model.IngestWarning;
import org.minutegraph.ingest.model.Meeting;
import org.minutegraph.ingest.model.MeetingSection;
import org.minutegraph.ingest.model.PersonRef;
import org.minutegraph.ingest.model.TopicRef;

/** A compact binary form of {@link Meeting} for the {@link ExtractionCache}; strings of any length. */
final class MeetingCodec {

    private MeetingCodec() {
    }

    static void writeMeeting(DataOutputStream out, Meeting m) throws IOException {
        str(out, m.sourcePath());
        str(out, m.series());
        out.writeLong(m.date().toEpochDay());
        str(out, m.title());
        people(out, m.participants());
        people(out, m.minuteTakers());
        out.writeInt(m.sections().size());
        for (MeetingSection s : m.sections()) {
            out.writeInt(s.index());
            str(out, s.heading());
            out.writeInt(s.level());
            out.writeInt(s.startLine());
            out.writeInt(s.endLine());
            out.writeInt(s.parent());
            out.writeBoolean(s.topic().isPresent());
            if (s.topic().isPresent()) {
                str(out, s.topic().get().key());
                str(out, s.topic().get().label());
                str(out, s.topic().get().asWritten());
            }
            strings(out, s.tools());
            people(out, s.people());
            people(out, s.sponsors());
            strings(out, s.references());
            strings(out, s.meetingLinks());
            str(out, s.text());
        }
        out.writeInt(m.actionItems().size());
        for (ActionItem a : m.actionItems()) {
            out.writeInt(a.section());
            str(out, a.text());
            people(out, a.owners());
            out.writeByte(a.status().ordinal());
            out.writeInt(a.startLine());
            out.writeInt(a.endLine());
        }
        out.writeInt(m.decisions().size());
        for (Decision d : m.decisions()) {
            out.writeInt(d.section());
            str(out, d.text());
            out.writeInt(d.startLine());
            out.writeInt(d.endLine());
        }
        strings(out, m.references());
        strings(out, m.meetingLinks());
        writeWarnings(out, m.warnings());
    }

    static Meeting readMeeting(DataInputStream in) throws IOException {
        String path = str(in);
        String series = str(in);
        LocalDate date = LocalDate.ofEpochDay(in.readLong());
        String title = str(in);
        List<PersonRef> participants = people(in);
        List<PersonRef> takers = people(in);
        int n = in.readInt();
        List<MeetingSection> sections = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = in.readInt();
            String heading = str(in);
            int level = in.readInt();
            int start = in.readInt();
            int end = in.readInt();
            int parent = in.readInt();
            Optional<TopicRef> topic = in.readBoolean() ? Optional.of(new TopicRef(str(in), str(in), str(in))) : Optional.empty();
            sections.add(new MeetingSection(index, heading, level, start, end, parent, topic, stringSet(in), Set.copyOf(people(in)),
                    Set.copyOf(people(in)), stringSet(in), stringSet(in), str(in)));
        }
        n = in.readInt();
        List<ActionItem> actions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            actions.add(new ActionItem(in.readInt(), str(in), people(in), ActionStatus.values()[in.readByte()], in.readInt(), in.readInt()));
        }
        n = in.readInt();
        List<Decision> decisions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            decisions.add(new Decision(in.readInt(), str(in), in.readInt(), in.readInt()));
        }
        return new Meeting(path, series, date, title, participants, takers, sections, actions, decisions, stringSet(in), stringSet(in),
                readWarnings(in));
    }

    static void writeWarnings(DataOutputStream out, List<IngestWarning> warnings) throws IOException {
        out.writeInt(warnings.size());
        for (IngestWarning w : warnings) {
            str(out, w.sourcePath());
            out.writeInt(w.line());
            str(out, w.reason());
        }
    }

    static List<IngestWarning> readWarnings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<IngestWarning> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new IngestWarning(str(in), in.readInt(), str(in)));
        }
        return out;
    }

    private static void people(DataOutputStream out, Collection<PersonRef> people) throws IOException {
        out.writeInt(people.size());
        for (PersonRef p : people) {
            nullable(out, p.handle());
            nullable(out, p.name());
        }
    }

    private static List<PersonRef> people(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<PersonRef> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new PersonRef(nullable(in), nullable(in)));
        }
        return out;
    }

    private static void strings(DataOutputStream out, Collection<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            str(out, v);
        }
    }

    private static Set<String> stringSet(DataInputStream in) throws IOException {
        int n = in.readInt();
        Set<String> out = new HashSet<>(n);
        for (int i = 0; i < n; i++) {
            out.add(str(in));
        }
        return out;
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            str(out, s);
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? str(in) : null;
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String str(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}

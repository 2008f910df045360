package org.minutegraph.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.minutegraph.ingest.source.MinutesFile;

/** Turns a file's bytes into text, refusing what is not UTF-8 text. */
final class MinutesText {

    /** Share of control characters above which a file is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final int SNIFF_BYTES = 64 * 1024;

    private MinutesText() {
    }

    static String decode(MinutesFile file) throws UnreadableMinutesException {
        byte[] bytes = file.content();
        String path = file.sourcePath();
        if (bytes.length == 0) {
            throw new UnreadableMinutesException(path, 0, "file is empty");
        }
        int offset = hasBom(bytes) ? 3 : 0;
        checkNotBinary(path, bytes, offset);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            throw new UnreadableMinutesException(path, lineOfByte(bytes, bad),
                    "not valid UTF-8 (byte 0x" + String.format("%02x", bytes[bad] & 0xff) + " at offset " + bad
                            + "); save the file as UTF-8");
        }
        String text = out.flip().toString();
        if (text.isBlank()) {
            throw new UnreadableMinutesException(path, 0, "file holds only whitespace");
        }
        return text;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }

    private static void checkNotBinary(String path, byte[] bytes, int offset) throws UnreadableMinutesException {
        int end = Math.min(bytes.length, offset + SNIFF_BYTES);
        int controls = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                throw new UnreadableMinutesException(path, lineOfByte(bytes, i), "binary content (NUL byte), not a text file");
            }
            if (i < end && (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f)) {
                controls++;
            }
        }
        if (controls > MAX_CONTROL_SHARE * (end - offset)) {
            throw new UnreadableMinutesException(path, 0, "binary content (" + controls
                    + " control characters in the first " + (end - offset) + " bytes), not a text file");
        }
    }

    /** 1-based line of a byte offset, counting '\n' (and lone '\r') before it. */
    static int lineOfByte(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}

package org.minutegraph.server.sparql;

import java.math.BigDecimal;
import java.time.Duration;
import org.minutegraph.server.web.http.BadRequestException;

/**
 * Reads the {@code timeout} request parameter: seconds as a decimal number ({@code 5},
 * {@code 0.5}, as Fuseki reads it), or milliseconds with an {@code ms} suffix ({@code 1500ms}).
 */
final class TimeoutParameter {

    private TimeoutParameter() {
    }

    static Duration parse(String raw) {
        String text = raw.strip();
        try {
            Duration duration = text.endsWith("ms")
                    ? Duration.ofMillis(new BigDecimal(text.substring(0, text.length() - 2).strip()).longValueExact())
                    : Duration.ofMillis(new BigDecimal(text).movePointRight(3).longValue());
            if (duration.isNegative() || duration.isZero()) {
                throw new BadRequestException("timeout must be positive, got '" + raw + "'");
            }
            return duration;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadRequestException("timeout must be seconds (e.g. 5 or 0.5) or milliseconds (e.g. 1500ms), got '" + raw + "'");
        }
    }
}

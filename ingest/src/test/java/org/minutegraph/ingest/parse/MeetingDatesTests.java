package org.minutegraph.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingDatesTests {

    @ParameterizedTest(name = "{0}")
    @DisplayName("finds the date in every naming form")
    @CsvSource(delimiter = ';', value = {
        "20230220; 2023-02-20",
        "2023-02-20; 2023-02-20",
        "2023_02_20; 2023-02-20",
        "2023-02-20-notes; 2023-02-20",
        "meeting-20230220; 2023-02-20",
        "2026-02-17-18-6-hackathon; 2026-02-17",
        "# Platform Weekly 2023-02-23; 2023-02-23",
        "Meeting 23.02.2023; 2023-02-23",
        "February 23, 2023; 2023-02-23",
        "Sync on Feb 3rd 2023; 2023-02-03",
        "23 Feb 2023; 2023-02-23",
        "Treffen am 5. März 2024; 2024-03-05",
        "follow-up 12.01.2023 of 2022-12-20; 2023-01-12",
    })
    void finds(String text, LocalDate expected) {
        assertThat(MeetingDates.find(text)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("rejects what only looks like a date")
    @ValueSource(strings = {"20231345", "2023-02-30", "notes", "2022-09 planning", "version 1.2.3", "12345678901", "18991231"})
    void rejects(String text) {
        assertThat(MeetingDates.find(text)).isEqualTo(Optional.empty());
    }
}

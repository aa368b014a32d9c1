package org.unodc.rt.reports.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "first,1",
        "tenth,10",
        "twelfth,12",
        "nineteenth,19",
        "twentieth,20",
        "twenty-second,22",
        "twenty-fourth,24",
        "Twenty-eighth,28",
        "twenty fourth,24",
        "twenty–ninth,29",
        "fortieth,40",
        "seventy-ninth,79",
        "ninety-ninth,99",
        "hundredth,100",
        "one hundredth,100",
        "one hundred and first,101",
        "hundred and first,101",
        "one hundred twenty-fourth,124",
        "two hundredth,200",
        "24th,24",
        "1st,1",
        "22nd,22",
        "3rd,3",
        "111th,111"
    })
    void readsOrdinals(String words, int expected) {
        assertThat(OrdinalNumbers.parse(words)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({"twenty", "next", "substantive", "four fourth", "twenty twentieth", "''", "th", "0th"})
    void refusesWhatIsNotAnOrdinal(String words) {
        assertThat(OrdinalNumbers.parse(words)).isEqualTo(OptionalInt.empty());
    }

    @Test
    void writesAndReadsBack() {
        for (int n = 1; n <= 999; n++) {
            assertThat(OrdinalNumbers.parse(OrdinalNumbers.toWords(n)))
                    .as("%d", n)
                    .hasValue(n);
            assertThat(OrdinalNumbers.parse(OrdinalNumbers.toNumeric(n)))
                    .as("%d", n)
                    .hasValue(n);
        }
        assertThat(OrdinalNumbers.toWords(24)).isEqualTo("twenty-fourth");
        assertThat(OrdinalNumbers.toWords(100)).isEqualTo("one hundredth");
        assertThat(OrdinalNumbers.toNumeric(12)).isEqualTo("12th");
        assertThat(OrdinalNumbers.parse(null)).isEmpty();
        assertThatThrownBy(() -> OrdinalNumbers.toWords(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

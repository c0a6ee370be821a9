package com.lzp.survey.export;

/**
 * What a column of an exported table holds, so that spreadsheets get numbers as numbers (with a number format) and
 * codes as text. CSV writes every cell as text either way.
 */
public enum CellType {
    /** Text, written as it is (an option code such as 01 stays 01). */
    TEXT(null),
    /** A whole number: counts, df, draws. */
    INTEGER("0"),
    /** A measured value at full precision, shown to three decimals: means, SDs, α, ρ, χ², R². */
    DECIMAL("0.000"),
    /** A percentage in percent units (42.1 for 42.1 %), shown to one decimal as the report states it. */
    PERCENT("0.0"),
    /** A p-value, shown to four decimals. */
    P_VALUE("0.0000"),
    /**
     * A number shown as written (565, 95.0): the format follows the text's own decimals. Text where the cell is not a
     * number (a suppressed "<5").
     */
    AS_WRITTEN(null);

    private final String format;

    CellType(String format) {
        this.format = format;
    }

    /** The spreadsheet number format, {@code null} for text and {@link #AS_WRITTEN}. */
    public String format() {
        return format;
    }

    public boolean numeric() {
        return this != TEXT;
    }
}

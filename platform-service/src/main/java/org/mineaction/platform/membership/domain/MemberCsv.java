package org.mineaction.platform.membership.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * Reads a member list exported from a spreadsheet: UTF-8 CSV with a header row naming the columns
 * {@value #HEADER}. A file that cannot be read as a whole (not CSV, not UTF-8, an unknown column,
 * too many rows) is refused as a whole; a row with bad values is the caller's per-row business.
 */
public final class MemberCsv {

    public static final String HEADER = "name,email,phone,organisation,category,role,language,timeZone,components";
    public static final String FIELD = "file";
    public static final int MAX_ROWS = 5_000;

    static final Set<String> COLUMNS = Set.copyOf(Arrays.asList(HEADER.split(",")));
    static final List<String> REQUIRED = List.of("name", "email", "organisation");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private MemberCsv() {
    }

    /**
     * One data row.
     *
     * @param row    its number in the file, the header row being 1
     * @param values column name to value; a column the file lacks or the row leaves empty is absent
     * @param width  how many values the row had, against the header's
     */
    public record Row(long row, Map<String, String> values, int width, int headerWidth) {

        public String get(String column) {
            return values.get(column);
        }

        public boolean isComplete() {
            return width == headerWidth;
        }
    }

    public static List<Row> parse(byte[] content) {
        String text = decode(content);
        if (text.isBlank()) {
            throw new InvalidInputException(FIELD, "is empty; the first row must be the header " + HEADER);
        }
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header);
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new InvalidInputException(FIELD, "has more than " + MAX_ROWS + " rows; split it");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    String value = record.get(i);
                    if (value != null && !value.isBlank()) {
                        values.put(header.get(i), value.strip());
                    }
                }
                rows.add(new Row(record.getRecordNumber() + 1, values, record.size(), header.size()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // The parser's message may echo the input back: keep it out of the response.
            throw new InvalidInputException(FIELD, "is not well-formed CSV (check the quotes and the header row)");
        }
        return rows;
    }

    private static void checkHeader(List<String> header) {
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw new InvalidInputException(FIELD, "has an unknown column '" + abbreviate(column)
                        + "'; the columns are " + HEADER);
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                throw new InvalidInputException(FIELD, "lacks the column '" + column + "'; the columns are " + HEADER);
            }
        }
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(FIELD, "must be encoded in UTF-8");
        }
    }

    private static String abbreviate(String value) {
        String printable = value.replaceAll("[^\\p{Print}]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }
}

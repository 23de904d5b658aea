package org.mineaction.reporting.figures.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The rows of a report as CSV or XLSX: the same views the JSON shows (suppressed cells included, as
 * the text "&lt;5"), flattened into columns named by their path ({@code participation.byGender.FEMALE});
 * lists (topics, donors) stay in the JSON. The XLSX is written directly (one sheet, inline strings):
 * a few XML parts in a zip, no spreadsheet library needed.
 */
final class Exports {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The formats an export parameter accepts. */
    enum Format {
        CSV, XLSX
    }

    private Exports() {
    }

    static ResponseEntity<byte[]> export(List<Map<String, Object>> rows, Format format, String fileName) {
        List<Map<String, Object>> flat = rows.stream().map(Exports::flatten).toList();
        Set<String> columns = new LinkedHashSet<>();
        flat.forEach(row -> columns.addAll(row.keySet()));
        byte[] body = format == Format.CSV ? csv(List.copyOf(columns), flat) : xlsx(List.copyOf(columns), flat);
        String extension = format.name().toLowerCase(java.util.Locale.ROOT);
        return ResponseEntity.ok()
                .contentType(format == Format.CSV ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName + "." + extension).build().toString())
                .body(body);
    }

    static Map<String, Object> flatten(Map<String, Object> view) {
        Map<String, Object> flat = new java.util.LinkedHashMap<>();
        flatten("", view, flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> view, Map<String, Object> flat) {
        view.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                flatten(prefix + key + ".", (Map<String, Object>) nested, flat);
            } else if (!(value instanceof List<?>)) {
                flat.put(prefix + key, value);
            }
        });
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
    }

    static byte[] csv(List<String> columns, List<Map<String, Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer,
                        CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
            for (Map<String, Object> row : rows) {
                List<String> cells = new ArrayList<>();
                columns.forEach(column -> cells.add(text(row.get(column))));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder sheet = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        row(sheet, 1, new ArrayList<>(columns));
        int r = 2;
        for (Map<String, Object> values : rows) {
            List<Object> cells = new ArrayList<>();
            columns.forEach(column -> cells.add(values.get(column)));
            row(sheet, r++, cells);
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Report\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void row(StringBuilder sheet, int number, List<Object> cells) {
        sheet.append("<row r=\"").append(number).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            String ref = column(i) + number;
            if (value instanceof Number n) {
                sheet.append("<c r=\"").append(ref).append("\"><v>").append(text(n)).append("</v></c>");
            } else {
                sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>").append(escape(text(value)))
                        .append("</t></is></c>");
            }
        }
        sheet.append("</row>");
    }

    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

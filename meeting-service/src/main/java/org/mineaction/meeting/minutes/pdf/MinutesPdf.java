package org.mineaction.meeting.minutes.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.mineaction.meeting.minutes.pdf.MinutesReport.ActionLine;
import org.mineaction.meeting.minutes.pdf.MinutesReport.GuestLine;
import org.mineaction.meeting.minutes.pdf.MinutesReport.OrganisationLine;
import org.mineaction.meeting.minutes.pdf.MinutesReport.OutcomeLine;
import org.springframework.stereotype.Component;

/**
 * Renders minutes as an A4 PDF with Apache PDFBox: the platform's name, the meeting and its date,
 * attendees by organisation, the agenda, the minutes' text, decisions and other outcomes, and the
 * action points. Under the Chatham House Rule no one is named: guests appear by organisation
 * only and outcomes without who raised them.
 *
 * <p>Uses the standard Helvetica font (WinAnsi): characters it cannot show are replaced by '?'.
 */
@Component
public class MinutesPdf {

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.35f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm (VV)",
            Locale.ENGLISH);

    public byte[] render(MinutesReport report) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("Mine Action Platform Hub");
            Writer out = new Writer(document);
            out.line(report.platformName(), 15, true);
            out.line("Minutes: " + report.title(), 13, true);
            out.line(DATE.format(report.startsAt()) + (report.place() == null ? "" : " - " + report.place()), BODY,
                    false);
            out.line(human(report.type()) + " meeting - focus: " + human(report.objective()), BODY, false);
            out.line(report.status(), BODY, false);
            if (report.chathamHouse()) {
                out.gap();
                out.paragraph("Held under the Chatham House Rule: participants are free to use the information"
                        + " received, but neither the identity nor the affiliation of the speaker(s) may be revealed."
                        + " Names and attributions are left out of these minutes.", BODY, false);
            }
            out.heading("Attendees by organisation");
            for (OrganisationLine line : report.attendees()) {
                out.bullet(line.organisation() + (line.category() == null ? "" : " (" + human(line.category()) + ")")
                        + ": " + line.members() + (line.members() == 1 ? " member" : " members"));
            }
            for (GuestLine guest : report.guests()) {
                out.bullet((report.chathamHouse() ? "Guest" : guest.name()) + " - " + guest.organisation() + " ("
                        + human(guest.category()) + ")");
            }
            if (report.attendees().isEmpty() && report.guests().isEmpty()) {
                out.paragraph("Attendance not recorded.", BODY, false);
            }
            out.heading("Agenda");
            for (int i = 0; i < report.agenda().size(); i++) {
                out.paragraph((i + 1) + ". " + report.agenda().get(i), BODY, false);
            }
            out.heading("Minutes");
            for (String line : report.text().lines().toList()) {
                if (line.isBlank()) {
                    out.gap();
                } else if (line.startsWith("#")) {
                    out.paragraph(line.replaceFirst("^#+\\s*", ""), 11.5f, true);
                } else {
                    out.paragraph(plain(line), BODY, false);
                }
            }
            section(out, report, "Decisions", "DECISION");
            section(out, report, "Challenges and needs", "CHALLENGE", "NEED");
            section(out, report, "Priorities", "PRIORITY");
            out.heading("Action points");
            if (report.actionPoints().isEmpty()) {
                out.paragraph("None.", BODY, false);
            }
            for (ActionLine action : report.actionPoints()) {
                out.bullet(action.description() + " - owner: " + action.owner() + " - due " + action.dueDate()
                        + " - " + human(action.status()));
            }
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the minutes as PDF", e);
        }
    }

    private static void section(Writer out, MinutesReport report, String title, String... kinds) throws IOException {
        List<OutcomeLine> lines = report.outcomes().stream()
                .filter(o -> List.of(kinds).contains(o.kind())).toList();
        if (lines.isEmpty()) {
            return;
        }
        out.heading(title);
        for (OutcomeLine outcome : lines) {
            StringBuilder text = new StringBuilder(outcome.topic()).append(": ").append(outcome.text());
            if (!report.chathamHouse() && outcome.attribution() != null) {
                text.append(" (raised by ").append(outcome.attribution()).append(')');
            }
            if (outcome.carriedToArticle7()) {
                text.append(" [carried into the Article 7 report]");
            }
            out.bullet(text.toString());
        }
    }

    /** Markdown emphasis and list markers removed: the PDF shows the words. */
    static String plain(String markdown) {
        return markdown.replaceFirst("^\\s*[-*+]\\s+", "- ").replace("**", "").replace("__", "")
                .replaceAll("(?<![\\w*])[*_](\\S[^*_]*)[*_](?![\\w*])", "$1");
    }

    private static String human(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Lays text out top to bottom, wrapping words and starting pages as needed. */
    private static final class Writer {

        private final PDDocument document;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void heading(String text) throws IOException {
            gap();
            line(text, 12, true);
        }

        void bullet(String text) throws IOException {
            paragraph("- " + text, BODY, false);
        }

        void gap() {
            y -= BODY * 0.8f;
        }

        void line(String text, float size, boolean strong) throws IOException {
            paragraph(text, size, strong);
        }

        void paragraph(String text, float size, boolean strong) throws IOException {
            PDType1Font font = strong ? bold : regular;
            for (String line : wrap(showable(font, text), font, size)) {
                if (y - size * LEADING < MARGIN) {
                    newPage();
                }
                y -= size * LEADING;
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(line);
                stream.endText();
            }
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= width || current.isEmpty()) {
                    current.setLength(0);
                    current.append(candidate);
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        private static String showable(PDType1Font font, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.replace('\t', ' ').codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}

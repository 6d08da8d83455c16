package io.github.konvent.text;

import io.github.konvent.InputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Turns a PDF programme into {@link SourceLine}s with Apache PDFBox text extraction, page by page
 * in reading order; each line's location is {@code page P, line L}. A password-protected PDF or
 * one whose permissions forbid text extraction is an {@link InputException}; a PDF without a
 * text layer (a scan) gives no lines. Thread-safe (stateless).
 */
public final class PdfText {
    /** The largest PDF accepted, in bytes. */
    public static final int MAX_PDF_BYTES = 64 * 1024 * 1024;

    /** The most pages read. */
    public static final int MAX_PAGES = 500;

    private PdfText() {}

    /**
     * @param pdf the PDF file's bytes
     * @param where the input's name for messages
     * @return the lines of every page
     * @throws InputException when the bytes are no PDF, too large, encrypted with a password or
     *     forbid text extraction
     */
    public static List<SourceLine> lines(byte[] pdf, String where) {
        if (pdf.length > MAX_PDF_BYTES) {
            throw new InputException(where, "a PDF of " + (pdf.length / (1024 * 1024)) + " MB",
                    "a PDF programme of at most " + (MAX_PDF_BYTES / (1024 * 1024)) + " MB", null);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new InputException(where, "an encrypted PDF that forbids text extraction",
                        "a PDF whose text may be extracted", null);
            }
            List<SourceLine> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            int pages = Math.min(doc.getNumberOfPages(), MAX_PAGES);
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                int lineNo = 0;
                for (String raw : text.split("\n", -1)) {
                    lineNo++;
                    String clean = LineText.clean(raw);
                    if (!clean.isEmpty()) {
                        out.add(new SourceLine(out.size() + 1, clean, 0, "page " + p + ", line " + lineNo));
                    }
                }
            }
            return out;
        } catch (InvalidPasswordException e) {
            throw new InputException(where, "a password-protected PDF", "a PDF readable without a password", e);
        } catch (IOException e) {
            throw new InputException(where, "no readable PDF (" + e.getClass().getSimpleName() + ")",
                    "a PDF document", e);
        }
    }
}

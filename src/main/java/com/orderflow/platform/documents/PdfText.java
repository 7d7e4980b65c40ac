package com.orderflow.platform.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;

/**
 * Text in every PDF the app prints (bills, receipts, slips, lists): Noto Sans for Latin letters,
 * digits and the rupee sign, Noto Sans Devanagari for Marathi and Hindi. Both are shipped in the
 * jar ({@code resources/fonts}, SIL Open Font Licence, see {@code fonts/OFL.txt}) and embedded
 * in each document, so a bill prints the same on any machine and a Marathi product name does not
 * come out blank as it did with the PDF built-in fonts.
 * <p>
 * Devanagari has to be shaped (conjuncts such as श्र and क्ष, the vowel sign ि drawn before its
 * consonant, stacked marks): OpenPDF leaves that to Java's own text layout once its
 * {@link LayoutProcessor} is on, which this class switches on before it loads the fonts (a JVM-wide
 * switch; it only changes fonts loaded after it, never the built-in ones). A text is split into runs
 * by script, each run in the font that has its letters; spaces, digits and punctuation stay in the
 * run they are in, so that a conjunct is never split between two fonts.
 */
public final class PdfText {
    private static final float LEADING = 1.5f;

    private final float size;
    private final boolean bold;
    private final Color colour;

    private PdfText(float size, boolean bold, Color colour) {
        this.size = size;
        this.bold = bold;
        this.colour = colour;
    }

    public static PdfText regular(float size) {
        return new PdfText(size, false, Color.BLACK);
    }

    public static PdfText bold(float size) {
        return new PdfText(size, true, Color.BLACK);
    }

    /** The same type in another colour (e.g. grey for small print). */
    public PdfText in(Color other) {
        return new PdfText(size, bold, other);
    }

    public float size() {
        return size;
    }

    /**
     * The text as a phrase of script runs, each in the font that can draw it; null prints as nothing,
     * and a character neither font has (an arrow) as its ASCII stand-in or '?', never as a blank.
     */
    public Phrase phrase(String text) {
        Phrase phrase = new Phrase(size * LEADING);
        String value = drawable(text == null ? "" : text);
        int start = 0;
        Face current = null;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            Face face = faceOf(cp, current);
            if (current != null && face != current) {
                phrase.add(new Chunk(value.substring(start, i), font(current)));
                start = i;
            }
            current = face;
            i += Character.charCount(cp);
        }
        if (current != null) {
            phrase.add(new Chunk(value.substring(start), font(current)));
        }
        return phrase;
    }

    public Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(phrase(text));
        paragraph.setLeading(size * LEADING);
        return paragraph;
    }

    private static String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) && cp != '\n' || Face.LATIN.has(cp) || Face.DEVANAGARI.has(cp)) {
                out.appendCodePoint(Character.isISOControl(cp) && cp != '\n' ? ' ' : cp);
            } else {
                out.append(switch (cp) {
                    case '→', '⟶' -> "->";
                    case '←' -> "<-";
                    case '⇒' -> "=>";
                    case '✓', '✔' -> "v";
                    default -> "?";
                });
            }
        });
        return out.toString();
    }

    private Font font(Face face) {
        return new Font(face.of(bold), size, Font.NORMAL, colour);
    }

    /**
     * Devanagari letters and signs go to the Devanagari face, other letters to the Latin one;
     * common characters (space, digits, punctuation, ZWJ, ₹) stay with the current run when its
     * face has them.
     */
    private static Face faceOf(int codePoint, Face current) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.DEVANAGARI) {
            return Face.DEVANAGARI;
        }
        if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
            if (current != null && current.has(codePoint)) {
                return current;
            }
            return Face.LATIN.has(codePoint) || !Face.DEVANAGARI.has(codePoint) ? Face.LATIN : Face.DEVANAGARI;
        }
        return Face.LATIN;
    }

    /** The two families, each regular and bold, loaded once from the jar. */
    private enum Face {
        LATIN("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        DEVANAGARI("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf");

        private final BaseFont regular;
        private final BaseFont bold;

        Face(String regular, String bold) {
            Shaping.on();
            this.regular = load(regular);
            this.bold = load(bold);
        }

        BaseFont of(boolean wantBold) {
            return wantBold ? bold : regular;
        }

        boolean has(int codePoint) {
            return regular.charExists(codePoint);
        }

        private static BaseFont load(String file) {
            String resource = "fonts/" + file;
            try (InputStream in = PdfText.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource + " is missing from the application");
                }
                // the resource name lets the layout processor read the same file again for shaping
                return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Shaping {
        private static boolean on;

        private Shaping() {
        }

        static synchronized void on() {
            if (!on) {
                if (!LayoutProcessor.isEnabled()) {
                    LayoutProcessor.enable();
                }
                // copy and paste give the text as typed, not the shaped glyphs' guesses
                LayoutProcessor.setWriteActualText();
                on = true;
            }
        }
    }
}

package com.orderflow.trading;

import com.lowagie.text.Font;

/**
 * The type of the trading business's PDFs (labels, warranty cards), in one place: the platform's
 * shared Devanagari-capable text for every PDF is on its way (platform/documents); when it lands,
 * this is the one class to switch. Until then the built-in Helvetica, whose text must be ASCII.
 */
final class TradingPdf {
    private TradingPdf() {
    }

    static Font regular(float size) {
        return new Font(Font.HELVETICA, size, Font.NORMAL);
    }

    static Font bold(float size) {
        return new Font(Font.HELVETICA, size, Font.BOLD);
    }

    /** What the built-in fonts can draw: rupee sign and dashes written out, anything else beyond ASCII as '?'. */
    static String drawable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.replace("₹", "Rs.").replace("—", "-").replace("–", "-").replace("×", "x").replace("…", "...")
                .toCharArray()) {
            out.append(c < 128 ? c : '?');
        }
        return out.toString();
    }
}

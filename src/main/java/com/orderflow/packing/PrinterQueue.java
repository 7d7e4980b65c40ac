package com.orderflow.packing;

import java.io.IOException;

/**
 * Where packing slips go to be printed. Today a folder that a print spooler (or a person) watches;
 * a real printer (CUPS, a network thermal printer) plugs in as another implementation.
 */
public interface PrinterQueue {
    /**
     * Hands a finished PDF to the printer. Either the whole document is queued under this name or,
     * on an exception, nothing is: a printer must never pick up half a slip.
     */
    void print(String fileName, byte[] pdf) throws IOException;
}

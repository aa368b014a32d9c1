package org.unodc.rt.reports.layout;

import java.util.Iterator;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds records to a template one at a time from an iterator, so a long report is never held as a
 * second full list beside its data. The template declares a single field that receives the record.
 */
public final class IteratorDataSource implements JRDataSource {

    private final Iterator<?> items;
    private Object current;

    public IteratorDataSource(Iterator<?> items) {
        this.items = items;
    }

    @Override
    public boolean next() {
        if (!items.hasNext()) {
            current = null;
            return false;
        }
        current = items.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return current;
    }
}

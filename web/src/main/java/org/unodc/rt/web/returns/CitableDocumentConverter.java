package org.unodc.rt.web.returns;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.unodc.rt.application.returns.CitableDocument;
import org.unodc.rt.web.common.Messages;

/**
 * The cited-legislation autocomplete sends the picked document's id; the editor needs nothing more to cite it (the
 * service loads and checks the document).
 */
@FacesConverter("citableDocument")
public class CitableDocumentConverter implements Converter<CitableDocument> {

    @Override
    public CitableDocument getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new CitableDocument(Long.valueOf(value.strip()), "", "", null, true);
        } catch (NumberFormatException e) {
            String text = Messages.text("return.pickFromList");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CitableDocument value) {
        return value == null || value.id() == null ? "" : String.valueOf(value.id());
    }
}

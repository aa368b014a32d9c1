package org.unodc.rt.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Objects;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * p:messages as a proper list. PrimeFaces gives each {@code <li>} the role "alert", which takes it out of its
 * {@code <ul>} for assistive technology (axe reports the list as broken, a serious violation). The container already
 * is an ARIA live region, so the messages are still announced when they appear. Registered in faces-config.xml.
 */
public class ListMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages component, FacesMessage message, String styleClassPrefix, boolean escape)
            throws IOException {
        String summary = Objects.toString(message.getSummary(), "");
        String detail = message.getDetail() != null ? message.getDetail() : summary;
        if (component.isSkipDetailIfEqualsSummary() && summary.equals(detail)) {
            detail = "";
        }
        writer.startElement("li", null);
        if (component.isShowSummary()) {
            text(writer, styleClassPrefix + "-summary", summary, escape);
        }
        if (component.isShowDetail()) {
            text(writer, styleClassPrefix + "-detail", detail, escape);
        }
        writer.endElement("li");
    }

    private static void text(ResponseWriter writer, String styleClass, String text, boolean escape) throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        if (escape) {
            writer.writeText(text, null);
        } else {
            writer.write(text);
        }
        writer.endElement("span");
    }
}

package org.unodc.rt.reports;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRElementGroup;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JRSection;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JRDesignTextElement;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;

/**
 * One template, laid out for the reader's script, the way a style sheet's logical properties serve both directions:
 * for a right-to-left reader every element is mirrored across the page (x measured from the right edge, left and
 * right alignment swapped), except text marked {@code org.unodc.rt.align=text}, which is aligned by its own direction
 * (an English answer stays left-aligned in an Arabic return); for a reader of a script beyond Latin and Cyrillic, the
 * body styles name the font set that picks a family per script instead of the Latin/Cyrillic family alone.
 *
 * @param mirrored right to left
 * @param anyScript the body text in the "UN Sans" font set
 */
record TemplateVariant(boolean mirrored, boolean anyScript) {

    static final TemplateVariant AS_DRAWN = new TemplateVariant(false, false);

    /** The property that keeps a text element's alignment when the layout is mirrored. */
    static final String ALIGN = "org.unodc.rt.align";

    private static final String FONT_SET = "UN Sans";

    /** The styles whose font the body text takes; the default style keeps its family (page anchors need one). */
    private static final String[] BODY_STYLES = {"Body"};

    String suffix() {
        return (mirrored ? "-rtl" : "") + (anyScript ? "-any" : "");
    }

    void apply(JasperDesign design) {
        if (anyScript) {
            for (String name : BODY_STYLES) {
                JRStyle style = design.getStylesMap().get(name);
                if (style instanceof JRDesignStyle body) {
                    body.setFontName(FONT_SET);
                }
            }
        }
        if (mirrored) {
            int width = design.getPageWidth() - design.getLeftMargin() - design.getRightMargin();
            mirror(design.getBackground(), width);
            for (JRBand band : new JRBand[] {
                design.getTitle(),
                design.getPageHeader(),
                design.getColumnHeader(),
                design.getColumnFooter(),
                design.getPageFooter(),
                design.getLastPageFooter(),
                design.getSummary(),
                design.getNoData()
            }) {
                mirror(band, width);
            }
            mirror(design.getDetailSection(), width);
            for (JRGroup group : design.getGroupsList()) {
                mirror(group.getGroupHeaderSection(), width);
                mirror(group.getGroupFooterSection(), width);
            }
        }
    }

    private static void mirror(JRSection section, int width) {
        if (section != null) {
            for (JRBand band : section.getBands()) {
                mirror(band, width);
            }
        }
    }

    private static void mirror(JRElementGroup group, int width) {
        if (group == null) {
            return;
        }
        for (JRElement element : group.getElements()) {
            if (element instanceof JRDesignElement designed) {
                designed.setX(width - designed.getX() - designed.getWidth());
            }
            if (element instanceof JRDesignTextElement text
                    && !"text".equals(element.getPropertiesMap().getProperty(ALIGN))) {
                HorizontalTextAlignEnum align = text.getHorizontalTextAlign();
                if (align == null || align == HorizontalTextAlignEnum.LEFT) {
                    text.setHorizontalTextAlign(HorizontalTextAlignEnum.RIGHT);
                } else if (align == HorizontalTextAlignEnum.RIGHT) {
                    text.setHorizontalTextAlign(HorizontalTextAlignEnum.LEFT);
                }
            }
            if (element instanceof JRElementGroup frame) {
                mirror(frame, element.getWidth());
            }
        }
    }
}

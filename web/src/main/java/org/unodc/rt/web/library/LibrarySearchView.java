package org.unodc.rt.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.application.library.LibraryReading;
import org.unodc.rt.search.AlsoSearched;
import org.unodc.rt.search.Facet;
import org.unodc.rt.search.FacetCount;
import org.unodc.rt.search.SearchRequest;
import org.unodc.rt.search.SearchResult;
import org.unodc.rt.search.SortOrder;
import org.unodc.rt.search.analysis.Languages;
import org.unodc.rt.web.common.Messages;
import org.unodc.rt.web.common.UserSession;

/**
 * The library search. Every part of a search is a URL parameter (q, cross, sort, page and one per facet), so a
 * search can be bookmarked and shared, and every facet value is a plain link that adds or removes itself.
 */
@Named
@RequestScoped
public class LibrarySearchView {

    public static final int PAGE_SIZE = 10;

    /** A facet with its values, each knowing the link that toggles it. */
    public record FacetView(String key, List<FacetValue> values) {}

    public record FacetValue(String value, long count, boolean selected, String url) {}

    @Inject
    LibraryReading library;

    @Inject
    UserSession session;

    private final Map<String, Set<String>> filters = new LinkedHashMap<>();
    private String query = "";
    private boolean crossLanguage = true;
    private final Set<String> skipped = new LinkedHashSet<>();
    private SortOrder sort = SortOrder.RELEVANCE;
    private int page;
    private SearchResult result;
    private String error;

    /** f:viewAction: reads the search from the URL and runs it. */
    public void search() {
        Map<String, String[]> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        query = first(parameters, "q", "");
        crossLanguage = !"false".equals(first(parameters, "cross", "true"));
        for (String language : parameters.getOrDefault("skip", new String[0])) {
            if (Languages.UN.contains(language)) {
                skipped.add(language);
            }
        }
        sort = "date".equals(first(parameters, "sort", "relevance")) ? SortOrder.DATE : SortOrder.RELEVANCE;
        try {
            page = Math.max(0, Integer.parseInt(first(parameters, "page", "0")));
        } catch (NumberFormatException e) {
            page = 0;
        }
        for (Facet facet : Facet.values()) {
            String[] values = parameters.get(facet.key());
            if (values != null && values.length > 0) {
                filters.put(facet.key(), new LinkedHashSet<>(List.of(values)));
            }
        }
        try {
            result = run();
            if (page > getLastPage()) {
                // A page beyond the last (an old bookmark, fewer documents since): the last page, not "Page 7 of 6".
                page = getLastPage();
                result = run();
            }
        } catch (BusinessException e) {
            error = Messages.explanation(e);
        }
    }

    private SearchResult run() {
        return library.search(new SearchRequest(
                query, session.getLanguage(), crossLanguage, filters, sort, page, PAGE_SIZE, skipped));
    }

    public List<FacetView> getFacets() {
        List<FacetView> views = new ArrayList<>();
        if (result == null) {
            return views;
        }
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = result.facet(facet);
            if (counts == null || counts.isEmpty()) {
                continue;
            }
            List<FacetValue> values = new ArrayList<>();
            for (FacetCount count : counts) {
                boolean selected = filters.getOrDefault(facet.key(), Set.of()).contains(count.value());
                values.add(
                        new FacetValue(count.value(), count.count(), selected, toggleUrl(facet.key(), count.value())));
            }
            views.add(new FacetView(facet.key(), values));
        }
        return views;
    }

    /** How many facet values the search is filtered by, for the folded filters' summary on a phone. */
    public int getFilterCount() {
        return filters.values().stream().mapToInt(Set::size).sum();
    }

    public String pageUrl(int target) {
        return url(filters, query, crossLanguage, skipped, sort, target);
    }

    public String getSortByDateUrl() {
        return url(filters, query, crossLanguage, skipped, SortOrder.DATE, 0);
    }

    public String getSortByRelevanceUrl() {
        return url(filters, query, crossLanguage, skipped, SortOrder.RELEVANCE, 0);
    }

    public String getCsvUrl() {
        String base = url(filters, query, crossLanguage, skipped, sort, 0);
        return "/api/v1/library/search.csv" + base.substring(base.indexOf('?'));
    }

    private String toggleUrl(String key, String value) {
        Map<String, Set<String>> changed = new LinkedHashMap<>();
        filters.forEach((k, v) -> changed.put(k, new LinkedHashSet<>(v)));
        Set<String> values = changed.computeIfAbsent(key, k -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return url(changed, query, crossLanguage, skipped, sort, 0);
    }

    /**
     * What the search also searched, per other language, each with the address of the same search without that
     * language's translation.
     */
    public List<AlsoSearchedView> getAlsoSearched() {
        List<AlsoSearchedView> views = new ArrayList<>();
        if (result == null) {
            return views;
        }
        for (AlsoSearched also : result.alsoSearched()) {
            Set<String> without = new LinkedHashSet<>(skipped);
            without.add(also.language());
            views.add(new AlsoSearchedView(
                    also.language(), also.terms(), url(filters, query, crossLanguage, without, sort, 0)));
        }
        return views;
    }

    /** One language a search was also run in: its code, the translated terms, and the search without it. */
    public record AlsoSearchedView(String language, String terms, String dropUrl) {}

    private static String url(
            Map<String, Set<String>> filters,
            String query,
            boolean cross,
            Set<String> skipped,
            SortOrder sort,
            int page) {
        StringBuilder url = new StringBuilder("/library.xhtml?q=").append(encode(query));
        if (!cross) {
            url.append("&cross=false");
        }
        skipped.forEach(language -> url.append("&skip=").append(language));
        if (sort == SortOrder.DATE) {
            url.append("&sort=date");
        }
        if (page > 0) {
            url.append("&page=").append(page);
        }
        filters.forEach((key, values) ->
                values.forEach(v -> url.append('&').append(key).append('=').append(encode(v))));
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String first(Map<String, String[]> parameters, String name, String fallback) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0] == null ? fallback : values[0];
    }

    public boolean isRightToLeft(String language) {
        return "ar".equals(language);
    }

    public int getLastPage() {
        return result == null ? 0 : (int) Math.max(0, (result.total() - 1) / PAGE_SIZE);
    }

    public String getQuery() {
        return query;
    }

    public boolean isCrossLanguage() {
        return crossLanguage;
    }

    public boolean isSortedByDate() {
        return sort == SortOrder.DATE;
    }

    public int getPage() {
        return page;
    }

    public SearchResult getResult() {
        return result;
    }

    public String getError() {
        return error;
    }
}

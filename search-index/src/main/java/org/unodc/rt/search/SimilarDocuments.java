package org.unodc.rt.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The documents most like a given one, by the distinctive words of its texts (Lucene's {@link MoreLikeThis}): "see
 * also" on a document's page, which needs no query from the reader.
 */
final class SimilarDocuments {

    private final Searchers searchers;
    private final Analyzer perField;
    private final HitReader hits;

    SimilarDocuments(Searchers searchers, Analyzer perField, HitReader hits) {
        this.searchers = searchers;
        this.perField = perField;
        this.hits = hits;
    }

    /** At most {@code count} documents other than the given one, most alike first; empty if the id is unknown. */
    List<SearchHit> like(String id, int count) {
        return searchers.withSearcher(searcher -> {
            TopDocs self = searcher.search(new TermQuery(IndexSchema.idTerm(id)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(perField);
            mlt.setFieldNames(IndexSchema.BODY_FIELDS.toArray(String[]::new));
            // The library is small next to a web corpus: a word seen once can still be telling.
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            Query like = mlt.like(self.scoreDocs[0].doc);
            Query others = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(IndexSchema.idTerm(id)), Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(others, Math.max(1, count));
            return hits.read(searcher, null, top.scoreDocs, "en");
        });
    }
}

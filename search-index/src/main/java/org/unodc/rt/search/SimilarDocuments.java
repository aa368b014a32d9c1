package org.unodc.rt.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.unodc.rt.search.analysis.Languages;

/**
 * The documents most like a given one, by the distinctive words of its texts (Lucene's {@link MoreLikeThis}): "see
 * also" on a document's page, which needs no query from the reader. The texts are read with the indexing analysis, so
 * the terms of the terminology they contain ({@code #money-laundering}) are among the distinctive words, and those are
 * searched in every UN language: a French law on money-laundering finds the Russian one.
 */
final class SimilarDocuments {

    private final Searchers searchers;
    private final Analyzer indexing;
    private final HitReader hits;

    /** @param indexing the analysis the index was written with (with the terminology's tags) */
    SimilarDocuments(Searchers searchers, Analyzer indexing, HitReader hits) {
        this.searchers = searchers;
        this.indexing = indexing;
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
            mlt.setAnalyzer(indexing);
            mlt.setFieldNames(IndexSchema.BODY_FIELDS.toArray(String[]::new));
            // The library is small next to a web corpus: a word seen once can still be telling.
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            Query like = acrossLanguages(mlt.like(self.scoreDocs[0].doc));
            Query others = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(IndexSchema.idTerm(id)), Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(others, Math.max(1, count));
            return hits.read(searcher, null, top.scoreDocs, "en");
        });
    }

    /** The terminology's tags among the terms searched in the body of every UN language; words stay in their own. */
    private static Query acrossLanguages(Query like) {
        if (!(like instanceof BooleanQuery terms)) {
            return like;
        }
        BooleanQuery.Builder spread = new BooleanQuery.Builder();
        for (BooleanClause clause : terms.clauses()) {
            Query q = clause.getQuery();
            float boost = 1f;
            if (q instanceof BoostQuery boosted) {
                boost = boosted.getBoost();
                q = boosted.getQuery();
            }
            if (q instanceof TermQuery term && term.getTerm().text().startsWith("#")) {
                BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
                for (String language : Languages.UN) {
                    anyLanguage.add(
                            new TermQuery(new Term(
                                    IndexSchema.body(language), term.getTerm().text())),
                            Occur.SHOULD);
                }
                q = anyLanguage.build();
            }
            spread.add(boost == 1f ? q : new BoostQuery(q, boost), clause.getOccur());
        }
        return spread.build();
    }
}

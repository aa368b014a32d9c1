package org.unodc.rt.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * Makes {@code forceMerge(n)} with {@code n > 1} end in {@code n} segments of about the same number of documents, so
 * that a search spread over {@code n} threads (one segment each) gives each thread the same share. The wrapped policy
 * decides everything else, including {@code forceMerge(1)}. Segments are dealt out largest first to the lightest group.
 */
final class BalancedForceMergePolicy extends FilterMergePolicy {

    BalancedForceMergePolicy(MergePolicy in) {
        super(in);
    }

    @Override
    public MergeSpecification findForcedMerges(
            SegmentInfos infos,
            int maxSegmentCount,
            Map<SegmentCommitInfo, Boolean> segmentsToMerge,
            MergeContext context)
            throws IOException {
        if (maxSegmentCount <= 1) {
            return super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
        }
        List<SegmentCommitInfo> candidates = new ArrayList<>();
        for (SegmentCommitInfo info : infos) {
            if (segmentsToMerge.containsKey(info)
                    && !context.getMergingSegments().contains(info)) {
                candidates.add(info);
            }
        }
        if (candidates.size() <= maxSegmentCount) {
            return null;
        }
        List<List<SegmentCommitInfo>> groups =
                Balance.deal(candidates, maxSegmentCount, BalancedForceMergePolicy::liveDocs);
        MergeSpecification merges = new MergeSpecification();
        for (List<SegmentCommitInfo> group : groups) {
            if (group.size() > 1) {
                merges.add(new OneMerge(group));
            }
        }
        return merges.merges.isEmpty() ? null : merges;
    }

    private static int liveDocs(SegmentCommitInfo info) {
        return info.info.maxDoc() - info.getDelCount();
    }
}

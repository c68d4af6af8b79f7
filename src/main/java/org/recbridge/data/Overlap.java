package org.recbridge.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.recbridge.util.Percent;

/**
 * What a source and a target domain share: users, items and side-feature names, with counts. Transfer
 * through ids reaches only shared users and items; transfer through side features needs shared names.
 *
 * @param sharedFeatures side-feature names in both domains, as {@code u.<column>} and {@code i.<column>}
 */
public record Overlap(String source, String target, int sourceUsers, int targetUsers, int sharedUsers,
                      int sourceItems, int targetItems, int sharedItems, List<String> sourceFeatures,
                      List<String> targetFeatures, List<String> sharedFeatures) {

    public static Overlap of(Domain source, Domain target) {
        IdIndex su = source.interactions().users();
        IdIndex tu = target.interactions().users();
        IdIndex si = source.interactions().items();
        IdIndex ti = target.interactions().items();
        Set<String> sf = featureNames(source);
        Set<String> tf = featureNames(target);
        Set<String> shared = new TreeSet<>(sf);
        shared.retainAll(tf);
        return new Overlap(source.name(), target.name(), su.size(), tu.size(), count(su, tu), si.size(), ti.size(),
                count(si, ti), List.copyOf(sf), List.copyOf(tf), List.copyOf(shared));
    }

    /** Fraction of target users also in the source. */
    public double sharedUserFraction() {
        return targetUsers == 0 ? 0 : sharedUsers / (double) targetUsers;
    }

    public String toLine() {
        return String.format("overlap %s -> %s: %d of %d target users in the source (%s), %d of %d target items, "
                        + "%d shared side features%s", source, target, sharedUsers, targetUsers,
                Percent.of(sharedUsers, targetUsers), sharedItems, targetItems, sharedFeatures.size(),
                sharedFeatures.isEmpty() ? "" : " (" + String.join(", ", sharedFeatures) + ")");
    }

    private static int count(IdIndex a, IdIndex b) {
        IdIndex small = a.size() <= b.size() ? a : b;
        IdIndex large = small == a ? b : a;
        int n = 0;
        for (int id = 0; id < small.size(); id++) {
            if (large.contains(small.name(id))) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> featureNames(Domain d) {
        Set<String> names = new TreeSet<>();
        if (d.userFeatures() != null) {
            d.userFeatures().columns().keySet().forEach(c -> names.add("u." + c));
        }
        if (d.itemFeatures() != null) {
            d.itemFeatures().columns().keySet().forEach(c -> names.add("i." + c));
        }
        return names;
    }

    /**
     * What each source shares with the target once {@code linking} has joined or kept apart their ids, as the
     * run computes it (the loader links the sources, the run counts): the data screen, before any run, says
     * the same numbers as Diagnostics, {@code diagnose} and {@code run}.
     */
    public static List<Overlap> of(List<Domain> sources, Domain target, Linking linking) {
        return of(linking.apply(sources), target);
    }

    /** For callers that list several overlaps of sources already linked. */
    public static List<Overlap> of(List<Domain> sources, Domain target) {
        List<Overlap> out = new ArrayList<>();
        for (Domain s : sources) {
            out.add(of(s, target));
        }
        return out;
    }
}

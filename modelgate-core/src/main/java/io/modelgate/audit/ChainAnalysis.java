package io.modelgate.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names what is wrong with the readable entries of a trail. The entry numbers and the {@code prev} hashes are inside
 * the hashed content, so a change to either shows as an edit unless the entry was rehashed; then the links tell: an
 * entry that repeats a number and that no entry chains to was inserted, an entry standing after a larger number was
 * reordered, a jump in the numbers is a deletion, and a link that does not match between intact neighbours is a
 * rewrite.
 */
final class ChainAnalysis {
    private final List<NumberedEntry> entries;
    private final List<AuditProblem> problems = new ArrayList<>();

    private ChainAnalysis(final List<NumberedEntry> entries) {
        this.entries = entries;
    }

    static List<AuditProblem> analyse(final List<NumberedEntry> entries) {
        ChainAnalysis analysis = new ChainAnalysis(entries);
        analysis.findEdits();
        List<NumberedEntry> genuine = analysis.withoutInserted();
        analysis.findReordered(genuine);
        analysis.followChain(genuine);
        analysis.problems.sort(Comparator.comparingLong(AuditProblem::line));
        return analysis.problems;
    }

    private void findEdits() {
        for (NumberedEntry numbered : entries) {
            if (!numbered.entry().computeHash().equals(numbered.entry().hash())) {
                add(numbered, AuditProblem.Kind.EDITED, " was edited: its content no longer matches its hash");
            }
        }
    }

    private List<NumberedEntry> withoutInserted() {
        Set<String> chainedTo = new HashSet<>();
        entries.forEach(numbered -> chainedTo.add(numbered.entry().prev()));
        Map<Long, List<NumberedEntry>> bySeq = new LinkedHashMap<>();
        entries.forEach(numbered ->
                bySeq.computeIfAbsent(numbered.seq(), seq -> new ArrayList<>()).add(numbered));
        Set<NumberedEntry> inserted = new HashSet<>();
        for (List<NumberedEntry> same : bySeq.values()) {
            if (same.size() < 2) {
                continue;
            }
            List<NumberedEntry> orphans = same.stream()
                    .filter(numbered -> !chainedTo.contains(numbered.entry().hash()))
                    .toList();
            List<NumberedEntry> suspects = orphans.size() == same.size() ? same.subList(1, same.size()) : orphans;
            for (NumberedEntry suspect : suspects) {
                inserted.add(suspect);
                add(
                        suspect,
                        AuditProblem.Kind.INSERTED,
                        " was inserted: another entry has number " + suspect.seq() + " (line "
                                + same.get(0).line() + ") and no entry chains to this one");
            }
        }
        return entries.stream().filter(numbered -> !inserted.contains(numbered)).toList();
    }

    private void findReordered(final List<NumberedEntry> genuine) {
        NumberedEntry highest = null;
        for (NumberedEntry numbered : genuine) {
            if (highest != null && numbered.seq() < highest.seq()) {
                add(numbered, AuditProblem.Kind.REORDERED, " is out of order: it stands after " + highest.describe());
            } else {
                highest = numbered;
            }
        }
    }

    private void followChain(final List<NumberedEntry> genuine) {
        List<NumberedEntry> bySeq = new ArrayList<>(genuine);
        bySeq.sort(Comparator.comparingLong(NumberedEntry::seq));
        long expected = 1;
        NumberedEntry previous = null;
        for (NumberedEntry numbered : bySeq) {
            if (numbered.seq() > expected) {
                String missing = numbered.seq() - 1 == expected
                        ? "entry " + expected + " is"
                        : "entries " + expected + " to " + (numbered.seq() - 1) + " are";
                add(numbered, AuditProblem.Kind.DELETED, " follows a gap: " + missing + " missing (deleted)");
            } else {
                String wanted =
                        previous == null ? AuditEntry.GENESIS : previous.entry().hash();
                if (!numbered.entry().prev().equals(wanted)) {
                    add(
                            numbered,
                            AuditProblem.Kind.BROKEN_CHAIN,
                            previous == null
                                    ? " does not start the chain: its prev is not 64 zeros"
                                    : " does not chain to " + previous.describe() + ": one of them was rewritten");
                }
            }
            expected = numbered.seq() + 1;
            previous = numbered;
        }
    }

    private void add(final NumberedEntry numbered, final AuditProblem.Kind kind, final String what) {
        problems.add(new AuditProblem(numbered.line(), numbered.seq(), kind, numbered.describe() + what));
    }
}

package io.github.hanex.event;

import io.github.hanex.tokenize.SejongTags;
import io.github.hanex.type.EventArgument;
import io.github.hanex.type.Organization;
import io.github.hanex.type.Person;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.jcas.tcas.Annotation;

/**
 * An organization that only says whom a person works for is no participant of its own when that person takes
 * part: {@code 박서연 한빛그룹 회장}, {@code 한빛그룹 박서연 회장}, {@code 노스브리지에너지의 존 스미스 CEO},
 * {@code 강도현 부총리 겸 기획재정부 장관}. The two names are at most three words apart with nothing but nouns
 * (titles), {@code 겸}, symbols and the genitive {@code 의} between them; a conjunction or case particle
 * ({@code 한빛은 …}, {@code 한빛과 박서연}) makes them two parties.
 */
final class Affiliations {

    private static final int MAX_WORDS_APART = 3;

    private Affiliations() {
    }

    /** Removes from {@code arguments} the participant organizations that are affiliations of participant people. */
    static void drop(MorphemeSequence seq, List<EventArgument> arguments, String participantRole) {
        boolean hasPerson = false;
        boolean hasOrganization = false;
        for (EventArgument a : arguments) {
            if (participantRole.equals(a.getRole())) {
                hasPerson |= a.getTarget() instanceof Person;
                hasOrganization |= a.getTarget() instanceof Organization;
            }
        }
        if (!hasPerson || !hasOrganization) {
            return; // nothing to drop: most events lack one of the two
        }
        List<EventArgument> dropped = new ArrayList<>();
        for (EventArgument a : arguments) {
            if (participantRole.equals(a.getRole()) && a.getTarget() instanceof Organization org
                && hasAffiliatedPerson(seq, arguments, participantRole, org)) {
                dropped.add(a);
            }
        }
        arguments.removeAll(dropped);
    }

    private static boolean hasAffiliatedPerson(MorphemeSequence seq, List<EventArgument> arguments,
                                               String participantRole, Organization org) {
        for (EventArgument b : arguments) {
            if (participantRole.equals(b.getRole()) && b.getTarget() instanceof Person person
                && affiliated(seq, org, person)) {
                return true;
            }
        }
        return false;
    }

    static boolean affiliated(MorphemeSequence seq, Annotation org, Annotation person) {
        Annotation first = org.getBegin() < person.getBegin() ? org : person;
        Annotation second = first == org ? person : org;
        int firstToken = seq.tokenAt(Math.max(first.getBegin(), first.getEnd() - 1));
        int secondToken = seq.tokenAt(second.getBegin());
        if (firstToken < 0 || secondToken < 0 || secondToken - firstToken > MAX_WORDS_APART
            || first.getEnd() > second.getBegin()) {
            return false;
        }
        // In a sorted sequence the morphemes between the two names are a contiguous run.
        int from = seq.sorted() ? seq.firstAtOrAfter(first.getEnd()) : 0;
        for (int i = from; i < seq.size(); i++) {
            MorphemeSequence.Morph m = seq.get(i);
            if (seq.sorted() && m.begin() > second.getBegin()) {
                break; // it and all after it end after the second name begins
            }
            if (m.begin() >= first.getEnd() && m.end() <= second.getBegin() && !linking(m)) {
                return false;
            }
        }
        return true;
    }

    private static boolean linking(MorphemeSequence.Morph m) {
        String pos = m.pos();
        return SejongTags.isNoun(pos) || pos.equals(SejongTags.XSN) || pos.equals(SejongTags.SL)
            || pos.equals(SejongTags.SH) || pos.equals(SejongTags.SS) || pos.equals(SejongTags.JKG)
            || m.lemma().equals("겸");
    }
}

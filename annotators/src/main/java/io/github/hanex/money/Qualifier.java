package io.github.hanex.money;

/** How a Money amount relates to its value, from the words right next to it (see the annotation guidelines). */
public enum Qualifier {
    /** The amount as written. */
    EXACT,
    /** About the value: 약, 가량, 안팎, 정도, -여-, -대, and every vague amount (수조원). */
    APPROX,
    /** The value or more: 이상, 초과, 최소. */
    AT_LEAST,
    /** The value or less: 이하, 미만, 최대. */
    AT_MOST,
    /** From the value to the maximum value: 4~5조원. */
    RANGE
}

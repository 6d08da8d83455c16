package io.github.konvent.funding;

import io.github.konvent.Labeled;

/** What kind of project a project is. */
public enum ProjectKind implements Labeled {
    /** Verbundprojekt or Verbundvorhaben: a consortium's research project. */
    JOINT_PROJECT,
    /** Begleitvorhaben: the accompanying research of a funding programme. */
    ACCOMPANYING_RESEARCH,
    /** A practice project without research funding. */
    PRACTICE_PROJECT,
    /** Any other kind. */
    OTHER
}

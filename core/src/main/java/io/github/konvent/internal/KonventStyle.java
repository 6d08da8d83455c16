package io.github.konvent.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated implementations are package-private and
 * hidden behind the public abstract type, its nested {@code Builder} and its {@code with…} copies.
 * Its retention is {@code SOURCE}: the value types' class files do not mention it, so a user's
 * compiler or javadoc, which has no Immutables on its class path, never meets {@code Value.Style}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        depluralize = true,
        depluralizeDictionary = {"person:people", "address:addresses", "accessibility:accessibility"},
        defaults = @Value.Immutable(copy = true),
        typeImmutable = "Immutable*",
        typeWith = "With*",
        get = {"is*", "get*"},
        init = "*",
        headerComments = false,
        // Only @Override: no org.immutables.value.Generated (a provided-scope class that users do
        // not have, whose absence makes their javac warn) and no javax.annotation.processing.Generated.
        allowedClasspathAnnotations = {Override.class})
public @interface KonventStyle {}

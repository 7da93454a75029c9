package io.github.c5atlas.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: generated classes stay package-private behind the factories and the
 * nested {@code Builder} of each abstract type, and the abstract type is what {@code build()} returns.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    privateNoargConstructor = false,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "activity:activities", "delegate:delegation"})
@interface C5Style {}

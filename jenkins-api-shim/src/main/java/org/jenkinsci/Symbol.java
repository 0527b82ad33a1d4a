package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Shim of symbol-annotation's short name of a describable in the Pipeline DSL. The real one is also meta-annotated
 * {@code @Indexed} (annotation-indexer, an org.jenkins-ci artifact this build bans); that index is not needed to
 * compile.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}

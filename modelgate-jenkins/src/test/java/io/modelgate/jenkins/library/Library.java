package io.modelgate.jenkins.library;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands in for the workflow-cps-global-lib {@code @Library} annotation, so a Jenkinsfile compiles in tests. */
@Retention(RetentionPolicy.SOURCE)
@interface Library {
    String[] value();
}

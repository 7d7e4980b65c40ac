package com.orderflow.platform.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring bean whose own public methods diagrams may call in expressions, such as
 * {@code ${orderStatus.mark(execution, 'PACKED')}}. Delegates and listeners need no mark: every
 * {@code JavaDelegate}, {@code TaskListener} and {@code ExecutionListener} of the project is a
 * process bean. Diagrams see no other bean, and no variable can take a process bean's name.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessBean {
}

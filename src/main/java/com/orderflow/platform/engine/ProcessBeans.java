package com.orderflow.platform.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The beans that diagrams may name in expressions: the project's delegates and listeners, and the
 * beans marked {@link ProcessBean}. As a map it is what the engine resolves bean names from. Bean
 * types are read from their definitions and instances are fetched when first used, so that building
 * the engine (which delegates themselves depend on) instantiates nothing.
 */
final class ProcessBeans extends AbstractMap<Object, Object> {
    private static final String PROJECT = "com.orderflow.";
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "wait", "notify", "notifyAll", "hashCode",
            "equals", "toString", "clone", "finalize");

    private final ListableBeanFactory factory;
    private volatile Map<String, Class<?>> types;

    ProcessBeans(ListableBeanFactory factory) {
        this.factory = factory;
    }

    /** Whether the name is one of the project's delegates or listeners. */
    boolean isDelegate(String name) {
        Class<?> type = types().get(name);
        return type != null && (JavaDelegate.class.isAssignableFrom(type) || TaskListener.class.isAssignableFrom(type)
                || ExecutionListener.class.isAssignableFrom(type));
    }

    /** Whether the bean has a public method of that name declared by the project's own code. */
    boolean hasOwnMethod(String bean, String method) {
        Class<?> type = types().get(bean);
        if (type == null || OBJECT_METHODS.contains(method)) {
            return false;
        }
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(method) && Modifier.isPublic(candidate.getModifiers())
                    && candidate.getDeclaringClass().getName().startsWith(PROJECT)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && types().containsKey(name);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? factory.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return types().keySet().stream()
                .<Entry<Object, Object>>map(name -> new SimpleImmutableEntry<>(name, factory.getBean(name)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private Map<String, Class<?>> types() {
        Map<String, Class<?>> known = types;
        if (known == null) {
            known = new LinkedHashMap<>();
            for (Class<?> kind : new Class<?>[] {JavaDelegate.class, TaskListener.class, ExecutionListener.class}) {
                collect(known, factory.getBeanNamesForType(kind, false, false));
            }
            collect(known, factory.getBeanNamesForAnnotation(ProcessBean.class));
            types = known;
        }
        return known;
    }

    private void collect(Map<String, Class<?>> known, String[] names) {
        for (String name : names) {
            Class<?> type = factory.getType(name, false);
            if (type != null && ClassUtils.getUserClass(type).getName().startsWith(PROJECT)) {
                known.put(name, ClassUtils.getUserClass(type));
            }
        }
    }
}

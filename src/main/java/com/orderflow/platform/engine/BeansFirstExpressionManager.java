package com.orderflow.platform.engine;

import java.util.Map;

import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.test.mock.MockElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.context.ApplicationContext;

/**
 * Resolves names in expressions from the process beans first, then from variables. Camunda's own
 * order is the other way round, so a variable named {@code issueBillDelegate} (which anyone working
 * a task could once set) replaced the bean in {@code ${issueBillDelegate}}. Only the process beans
 * are visible at all: an expression cannot reach the rest of the application.
 */
final class BeansFirstExpressionManager extends SpringExpressionManager {

    BeansFirstExpressionManager(ApplicationContext context, Map<Object, Object> processBeans) {
        super(context, processBeans);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new MockElResolver());
        resolver.add(new ArrayELResolver());
        resolver.add(new ListELResolver());
        resolver.add(new MapELResolver());
        resolver.add(new BeanELResolver());
        return resolver;
    }
}

package org.despatch.runtime;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.jberet.creation.AbstractArtifactFactory;
import org.jberet.creation.BatchCDIExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Resolves batch artifacts by their {@code @Named} name through CDI: from a container's bean manager when one is
 * given (an Arquillian container, see {@link DespatchRuntime#useBeanManager}); otherwise from Weld SE, started
 * once with bean discovery off and the artifact classes named, so start-up does not scan a large class path.
 */
final class CdiArtifactFactory extends AbstractArtifactFactory {

    private static WeldContainer ownContainer;
    private static BeanManager givenBeanManager;

    private final BeanManager beanManager;

    CdiArtifactFactory() {
        this.beanManager = beanManager();
    }

    /** Resolve artifacts from this container's bean manager (a test or server container); null to forget it. */
    static synchronized void useBeanManager(BeanManager beanManager) {
        givenBeanManager = beanManager;
    }

    private static synchronized BeanManager beanManager() {
        if (givenBeanManager != null) {
            return givenBeanManager;
        }
        if (ownContainer == null) {
            ownContainer = new Weld("despatch").disableDiscovery()
                    .addBeanClasses(BatchArtifacts.CLASSES.toArray(Class<?>[]::new))
                    // JBeret's producers for @BatchProperty, JobContext and StepContext
                    .addExtension(new BatchCDIExtension())
                    .property("org.jboss.weld.bootstrap.concurrentDeployment", false)
                    // shut down by DespatchRuntime.stop(), after a job stopped by a signal has reached its checkpoint
                    .skipShutdownHook()
                    .initialize();
        }
        return ownContainer.getBeanManager();
    }

    static synchronized void shutdown() {
        if (ownContainer != null) {
            ownContainer.shutdown();
            ownContainer = null;
        }
    }

    @Override
    public Class<?> getArtifactClass(String ref, ClassLoader classLoader) {
        Bean<?> bean = findBean(ref, beanManager, classLoader);
        return bean == null ? null : bean.getBeanClass();
    }

    @Override
    public Object create(String ref, Class<?> cls, ClassLoader classLoader) {
        Bean<?> bean = findBean(ref, beanManager, classLoader);
        return bean == null ? null
                : beanManager.getReference(bean, bean.getBeanClass(), beanManager.createCreationalContext(bean));
    }
}

package backprop.browser;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells TeaVM (through META-INF/services) to compile {@link TNumberText} in place of
 * {@code backprop.data.NumberText}. Used by the TeaVM builds only; the JVM never loads it.
 */
public final class NumberTextSubstitution extends SimpleSubstitutionPolicy {
    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(named("backprop.data.NumberText")).replacePackage("backprop.data", "backprop.browser").simpleNamePrefix("T");
    }
}

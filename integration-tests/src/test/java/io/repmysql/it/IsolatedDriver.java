package io.repmysql.it;

import io.repmysql.provisioner.junit.RunningCluster;

import javax.sql.DataSource;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A second copy of the driver in this JVM, as another application instance would have: its classes come from a
 * loader of their own, so its static state (the cluster registry) starts empty.
 */
final class IsolatedDriver {

    private IsolatedDriver() {
    }

    /** The test class path again, under a loader of its own: the driver's static state starts empty there. */
    static URLClassLoader classLoader() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Configures a RepMySqlDataSource of any loader by reflection: URL and the cluster's application account. */
    static <D extends DataSource> D dataSource(D source, RunningCluster cluster, String url) throws Exception {
        source.getClass().getMethod("setUrl", String.class).invoke(source, url);
        source.getClass().getMethod("setUser", String.class).invoke(source, cluster.appUser());
        source.getClass().getMethod("setPassword", String.class).invoke(source, cluster.appPassword());
        return source;
    }
}

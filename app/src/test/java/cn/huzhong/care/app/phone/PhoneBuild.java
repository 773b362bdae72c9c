package cn.huzhong.care.app.phone;

import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.FileModelSource;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelSource2;
import org.apache.maven.model.resolution.ModelResolver;
import org.apache.maven.model.resolution.UnresolvableModelException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The project as Maven sees it: effective models of its POMs under chosen profiles and environment variables (built
 * by Maven's own model builder, parents from the folders, imported BOMs from the local repository), the gluonfx
 * plugin's configuration, and where the platform files lie.
 */
final class PhoneBuild {
    static final String GLUONFX = "com.gluonhq:gluonfx-maven-plugin";

    private PhoneBuild() {
    }

    /** The app module's folder (surefire runs there and says so in {@code basedir}). */
    static Path appDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /** The repository's root folder. */
    static Path rootDir() {
        return appDir().getParent();
    }

    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The effective model of {@code module}'s POM with {@code profiles} asked for and {@code env} set. */
    static Model model(String module, List<String> profiles, Map<String, String> env) {
        DefaultModelBuildingRequest request = new DefaultModelBuildingRequest();
        request.setPomFile(rootDir().resolve(module).resolve("pom.xml").toFile());
        request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
        request.setProcessPlugins(false);
        request.setTwoPhaseBuilding(false);
        request.setActiveProfileIds(profiles);
        Properties system = new Properties();
        system.setProperty("java.version", System.getProperty("java.version"));
        system.setProperty("java.home", System.getProperty("java.home"));
        system.setProperty("os.name", System.getProperty("os.name"));
        system.setProperty("os.arch", System.getProperty("os.arch"));
        system.setProperty("os.version", System.getProperty("os.version"));
        system.setProperty("user.home", System.getProperty("user.home"));
        env.forEach((k, v) -> system.setProperty("env." + k, v));
        request.setSystemProperties(system);
        request.setModelResolver(new LocalRepositoryResolver(localRepository()));
        try {
            return new DefaultModelBuilderFactory().newInstance().build(request).getEffectiveModel();
        } catch (ModelBuildingException e) {
            throw new AssertionError("Maven cannot build the model of " + module + " " + profiles + ": " + e.getMessage(), e);
        }
    }

    static Model appModel(String... profiles) {
        return model("app", List.of(profiles), Map.of());
    }

    static Plugin plugin(Model model, String key) {
        return model.getBuild().getPlugins().stream().filter(p -> p.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not in the build of " + model.getArtifactId()));
    }

    static Xpp3Dom gluonfx(Model model) {
        Xpp3Dom config = (Xpp3Dom) plugin(model, GLUONFX).getConfiguration();
        if (config == null) {
            throw new AssertionError("the gluonfx plugin has no configuration");
        }
        return config;
    }

    /** A list parameter of the gluonfx configuration ({@code <reflectionList><list>…}), as written. */
    static List<String> list(Xpp3Dom config, String name) {
        Xpp3Dom parent = config.getChild(name);
        List<String> out = new ArrayList<>();
        if (parent != null) {
            for (Xpp3Dom child : parent.getChildren()) {
                out.add(child.getValue() == null ? "" : child.getValue().strip());
            }
        }
        return out;
    }

    static String value(Xpp3Dom config, String... path) {
        Xpp3Dom node = config;
        for (String p : path) {
            node = node == null ? null : node.getChild(p);
        }
        return node == null || node.getValue() == null ? null : node.getValue().strip();
    }

    static List<Dependency> dependencies(Model model) {
        return model.getDependencies();
    }

    /** Parents and imported BOMs from the local repository, which the build has already filled. */
    static final class LocalRepositoryResolver implements ModelResolver {
        private final Path repository;

        LocalRepositoryResolver(Path repository) {
            this.repository = repository;
        }

        @Override
        public ModelSource2 resolveModel(String groupId, String artifactId, String version)
                throws UnresolvableModelException {
            Path pom = repository.resolve(groupId.replace('.', File.separatorChar)).resolve(artifactId).resolve(version)
                    .resolve(artifactId + "-" + version + ".pom");
            if (!Files.isRegularFile(pom)) {
                throw new UnresolvableModelException("not in the local repository: " + pom, groupId, artifactId, version);
            }
            return new FileModelSource(pom.toFile());
        }

        @Override
        public ModelSource2 resolveModel(Parent parent) throws UnresolvableModelException {
            return resolveModel(parent.getGroupId(), parent.getArtifactId(), parent.getVersion());
        }

        @Override
        public ModelSource2 resolveModel(Dependency dependency) throws UnresolvableModelException {
            return resolveModel(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion());
        }

        @Override
        public void addRepository(Repository repository) {
        }

        @Override
        public void addRepository(Repository repository, boolean replace) {
        }

        @Override
        public ModelResolver newCopy() {
            return this;
        }
    }
}

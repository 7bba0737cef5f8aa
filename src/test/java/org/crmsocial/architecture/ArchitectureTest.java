package org.crmsocial.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crmsocial.social.provider.model.NetworkPage;
import org.crmsocial.social.provider.model.StreamQuery;
import org.crmsocial.social.provider.model.TokenGrant;
import org.crmsocial.social.provider.model.WriteCommand;
import org.crmsocial.social.settings.control.AccountPermissions;
import org.crmsocial.social.settings.control.ActionMatrixService;
import org.crmsocial.social.settings.control.Credentials;
import org.crmsocial.social.settings.control.LinkStore;
import org.crmsocial.social.settings.control.TokenCipher;
import org.crmsocial.social.settings.control.TokenRefresh;
import org.crmsocial.social.settings.entity.ActionGrant;
import org.junit.jupiter.api.Test;

/**
 * The structure of docs/architecture.md, read off the compiled classes: a new cycle or an upward
 * import fails the build. Each feature is {@code org.crmsocial.<feature>} (the social features one
 * level deeper), each with its layers {@code boundary} (pages, servlets, resources), {@code
 * control} (services) and {@code entity} (JPA) or {@code model} (plain values).
 */
class ArchitectureTest {

  private static final String ROOT = "org.crmsocial";

  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  /** A class's feature: {@code platform}, {@code security}, …, {@code social.sync}. */
  private static final SliceAssignment FEATURES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String feature = featureOf(javaClass.getPackageName());
          return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
        }

        @Override
        public String getDescription() {
          return "features of " + ROOT;
        }
      };

  static String featureOf(String packageName) {
    if (!packageName.startsWith(ROOT + ".")) {
      return null;
    }
    String[] parts = packageName.substring(ROOT.length() + 1).split("\\.");
    if (parts[0].equals("social")) {
      return parts.length > 1 ? "social." + parts[1] : null;
    }
    return parts[0];
  }

  @Test
  void noFeatureDependsOnAnotherThatDependsBackOnIt() {
    slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(PRODUCT);
  }

  /**
   * docs/architecture.md's table, feature by feature: the features (by their last name) each may
   * use. The page is the contract; this test keeps it true.
   */
  static Map<String, List<String>> documentedArrows() throws IOException {
    Map<String, List<String>> arrows = new LinkedHashMap<>();
    Pattern row = Pattern.compile("^\\| `([a-z.]+)` \\|[^|]*\\| ([^|]*) \\|$");
    for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        List<String> uses =
            m.group(2).equals("nothing")
                ? List.of()
                : Arrays.stream(m.group(2).split(",")).map(String::trim).toList();
        arrows.put(m.group(1), uses);
      }
    }
    return arrows;
  }

  private static String shortName(String feature) {
    return feature.substring(feature.lastIndexOf('.') + 1);
  }

  @Test
  void theFeaturesDependOnlyAsTheArchitecturePageSays() throws IOException {
    Map<String, List<String>> arrows = documentedArrows();
    assertThat(arrows.keySet())
        .as("docs/architecture.md names every feature")
        .containsExactlyInAnyOrderElementsOf(
            PRODUCT.stream()
                .map(c -> featureOf(c.getPackageName()))
                .filter(f -> f != null)
                .distinct()
                .toList());
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String feature : arrows.keySet()) {
      layers = layers.layer(shortName(feature)).definedBy(ROOT + "." + feature + "..");
    }
    for (Map.Entry<String, List<String>> feature : arrows.entrySet()) {
      String name = shortName(feature.getKey());
      layers =
          feature.getValue().isEmpty()
              ? layers.whereLayer(name).mayNotAccessAnyLayer()
              : layers
                  .whereLayer(name)
                  .mayOnlyAccessLayers(feature.getValue().toArray(String[]::new));
    }
    layers.whereLayer("app").mayNotBeAccessedByAnyLayer().check(PRODUCT);
  }

  @Test
  void thePlatformKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".platform..")
        .should()
        .dependOnClassesThat(
            describe(
                "are in a feature",
                c -> {
                  String feature = featureOf(c.getPackageName());
                  return feature != null && !feature.equals("platform");
                }))
        .check(PRODUCT);
  }

  @Test
  void servicesNeverReachUpToPages() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + "..control..", ROOT + "..entity..", ROOT + "..model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + "..boundary..")
        .check(PRODUCT);
  }

  @Test
  void entitiesAndValuesNeedNoService() {
    noClasses()
        .that()
        .resideInAnyPackage(ROOT + "..entity..", ROOT + "..model..")
        .should()
        .dependOnClassesThat(
            describe(
                "are a service (the platform's refusals and values aside)",
                c ->
                    c.getPackageName().startsWith(ROOT)
                        && c.getPackageName().endsWith(".control")
                        && !c.getPackageName().equals(ROOT + ".platform.control")))
        .check(PRODUCT);
  }

  @Test
  void entityPackagesHoldOnlyWhatJpaMaps() {
    classes()
        .that()
        .resideInAPackage(ROOT + "..entity..")
        .and()
        .areTopLevelClasses()
        .and()
        .doNotHaveSimpleName("package-info")
        .should(
            new ArchCondition<>("be a JPA entity, embeddable, converter or an enum they map") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                boolean mapped =
                    c.isAnnotatedWith(Entity.class)
                        || c.isAnnotatedWith(Embeddable.class)
                        || c.isAnnotatedWith(MappedSuperclass.class)
                        || c.isAnnotatedWith(Converter.class)
                        || c.isEnum();
                if (!mapped) {
                  events.add(
                      SimpleConditionEvent.violated(
                          c, c.getName() + " is not JPA: it belongs in control or model"));
                }
              }
            })
        .check(PRODUCT);
  }

  @Test
  void enterpriseBeansKeepNoStaticMutableState() {
    fields()
        .that()
        .areStatic()
        .and()
        .areDeclaredInClassesThat(
            describe(
                "are enterprise beans",
                c ->
                    c.isAnnotatedWith(Stateless.class)
                        || c.isAnnotatedWith(Singleton.class)
                        || c.isAnnotatedWith(Stateful.class)
                        || c.isAnnotatedWith(MessageDriven.class)))
        .should(
            new ArchCondition<>("be final constants") {
              @Override
              public void check(
                  com.tngtech.archunit.core.domain.JavaField field, ConditionEvents events) {
                boolean mutable =
                    !field.getModifiers().contains(JavaModifier.FINAL)
                        || List.of(
                                AtomicBoolean.class,
                                AtomicInteger.class,
                                AtomicLong.class,
                                AtomicReference.class)
                            .stream()
                            .anyMatch(t -> field.getRawType().isEquivalentTo(t))
                        || field.getRawType().getPackageName().equals("java.util.concurrent");
                if (mutable) {
                  events.add(
                      SimpleConditionEvent.violated(
                          field, field.getFullName() + " is static state an EJB shares"));
                }
              }
            })
        .allowEmptyShould(true)
        .check(PRODUCT);
  }

  @Test
  void theContainerOwnsEveryThread() { // issue 14 point 4: a managed executor, no home-made pool
    noClasses()
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(
            java.util.concurrent.Executors.class,
            java.util.concurrent.ThreadPoolExecutor.class,
            java.util.concurrent.ForkJoinPool.class)
        .orShould()
        .callConstructorWhere(
            describe(
                "a thread is made", call -> call.getTargetOwner().isAssignableTo(Thread.class)))
        .check(PRODUCT);
  }

  @Test
  void theSyncReachesTokensThroughOneClass() { // issue 14 point 2: one narrow path for tokens
    String credentials = ROOT + ".social.settings.control.Credentials";
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".social.sync..")
        .and()
        .doNotHaveFullyQualifiedName(ROOT + ".social.sync.control.SyncCredentials")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(ROOT + ".social.settings.control.LinkStore")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(ROOT + ".social.settings.control.TokenRefresh")
        .orShould()
        .callMethodWhere(
            describe(
                "a method of Credentials",
                call -> call.getTargetOwner().getFullName().equals(credentials)))
        .check(PRODUCT);
  }

  @Test
  void everyFeatureSaysWhatItIs() {
    Path sources = Path.of("src/main/java/org/crmsocial");
    List<String> features =
        PRODUCT.stream()
            .map(c -> featureOf(c.getPackageName()))
            .filter(f -> f != null)
            .distinct()
            .sorted()
            .toList();
    assertThat(features).contains("platform", "social.conversation", "app");
    assertThat(features)
        .allSatisfy(
            f ->
                assertThat(sources.resolve(f.replace('.', '/')).resolve("package-info.java"))
                    .matches(Files::isRegularFile, "has a package-info.java"));
  }

  /** The settings and provider features, the only ones that may hold a clear token. */
  private static final String[] TOKEN_HOLDERS = {
    ROOT + ".social.settings..", ROOT + ".social.provider.."
  };

  @Test
  void onlyTheSettingsAndProviderFeaturesHoldAClearToken() {
    // Everyone else gets an account's tokens sealed, through settings.control.AuthorizedCalls.
    noClasses()
        .that()
        .resideOutsideOfPackages(TOKEN_HOLDERS)
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(Credentials.class, TokenRefresh.class, TokenCipher.class)
        .orShould()
        .callMethodWhere(
            describe(
                "the method hands out a clear token",
                call -> {
                  var target = call.getTarget();
                  String name = target.getName();
                  if (target.getOwner().isEquivalentTo(LinkStore.class)) {
                    return Set.of(
                            "syncCredentials", "credentials", "remove", "removeExpiredPending")
                        .contains(name);
                  }
                  if (target.getOwner().isEquivalentTo(TokenGrant.class)) {
                    return name.equals("accessToken") || name.equals("refreshToken");
                  }
                  return (target.getOwner().isEquivalentTo(StreamQuery.class)
                          || target.getOwner().isEquivalentTo(WriteCommand.class)
                          || target.getOwner().isEquivalentTo(NetworkPage.class))
                      && name.equals("accessToken");
                }))
        .check(PRODUCT);
  }

  @Test
  void onlyTheLinkStoreDecryptsATokenAtRest() {
    noClasses()
        .that()
        .doNotBelongToAnyOf(LinkStore.class, TokenCipher.class)
        .should()
        .callMethod(TokenCipher.class, "decrypt", String.class, String.class)
        .check(PRODUCT);
  }

  @Test
  void actionGrantsAreTouchedOnlyByThePermissionsTheMatrixAndTheLinkDefaults() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".social.settings.entity..")
        .and()
        .doNotBelongToAnyOf(
            AccountPermissions.class,
            ActionMatrixService.class,
            LinkStore.class,
            org.crmsocial.social.settings.control.AccountLinked.class,
            org.crmsocial.app.control.DemoData.class)
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(ActionGrant.class)
        .check(PRODUCT);
  }

  /** JPQL or a named query that reads grants: "FROM ActionGrant", "ActionGrant.FIND_…". */
  private static final Pattern GRANT_QUERY =
      Pattern.compile("(FROM|JOIN)\\s+ActionGrant\\b|ActionGrant\\.(FIND|COUNT)_\\w+");

  @Test
  void onlyAccountPermissionsQueriesTheGrants() throws IOException {
    // The named queries are constants the compiler copies, so the classes cannot show it: read the
    // sources.
    Path sources = Path.of("src/main/java");
    Path permissions =
        sources.resolve("org/crmsocial/social/settings/control/AccountPermissions.java");
    Set<Path> allowed =
        Set.of(
            permissions, sources.resolve("org/crmsocial/social/settings/entity/ActionGrant.java"));
    List<Path> querying;
    try (Stream<Path> files = Files.walk(sources)) {
      querying =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !allowed.contains(f))
              .filter(f -> GRANT_QUERY.matcher(read(f)).find())
              .toList();
    }
    assertThat(querying).as("classes querying ActionGrant besides AccountPermissions").isEmpty();
    assertThat(GRANT_QUERY.matcher(read(permissions)).find())
        .as("the pattern still finds AccountPermissions' own queries")
        .isTrue();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

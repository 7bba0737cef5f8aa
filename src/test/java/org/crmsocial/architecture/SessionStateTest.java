package org.crmsocial.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Everything a user's HTTP session holds can be written to the database and read back on another
 * server of a cluster (issue 15: a user survives the death of their server): the session and view
 * scoped beans and the attributes the product sets, down to every field of every type they hold.
 * Injected fields are the container's proxies, serializable by the container; a field of an
 * interface type must be a collection (whose elements are checked) or a serializable interface.
 */
class SessionStateTest {

  /** What the product puts in the session besides its scoped beans (a servlet sets it). */
  private static final List<String> SESSION_ATTRIBUTES =
      List.of("org.crmsocial.social.settings.boundary.LinkNotice");

  @Test
  void everythingASessionHoldsIsSerializableToTheLastField() throws Exception {
    List<Class<?>> roots = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crmsocial")) {
      if (c.isAnnotatedWith(SessionScoped.class)
          || c.isAnnotatedWith(ViewScoped.class)
          || c.isAnnotatedWith(ConversationScoped.class)) {
        roots.add(c.reflect());
      }
    }
    for (String name : SESSION_ATTRIBUTES) {
      roots.add(Class.forName(name));
    }
    assertThat(roots).as("the scan finds the session's beans").hasSizeGreaterThan(15);

    List<String> problems = new ArrayList<>();
    Set<Type> seen = new HashSet<>();
    for (Class<?> root : roots) {
      check(root, root.getSimpleName(), seen, problems);
    }
    assertThat(problems).as("not serializable, so lost when a server dies").isEmpty();
  }

  private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      check(p.getRawType(), path, seen, problems);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, path + "<" + simple(argument) + ">", seen, problems);
      }
      seen.remove(type); // the same raw type may come with other arguments
      return;
    }
    if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, path, seen, problems);
      }
      return;
    }
    if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        if (bound != Object.class) {
          check(bound, path, seen, problems);
        }
      }
      return;
    }
    if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), path + "[]", seen, problems);
      return;
    }
    Class<?> c = (Class<?>) type;
    if (c.isPrimitive() || c == Object.class) {
      return;
    }
    if (c.isArray()) {
      check(c.getComponentType(), path + "[]", seen, problems);
      return;
    }
    if (c.isInterface()) {
      if (!Serializable.class.isAssignableFrom(c)
          && !Collection.class.isAssignableFrom(c)
          && !Map.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " (an interface that is not Serializable)");
      }
      return;
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getName());
      return;
    }
    if (!c.getName().startsWith("org.crmsocial.")) {
      return; // a library's serializable class answers for its own fields
    }
    for (Class<?> k = c;
        k != null && k.getName().startsWith("org.crmsocial.");
        k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        int m = f.getModifiers();
        if (Modifier.isStatic(m)
            || Modifier.isTransient(m)
            || f.isAnnotationPresent(Inject.class)
            || f.isAnnotationPresent(EJB.class)) {
          continue;
        }
        check(f.getGenericType(), path + "." + f.getName(), seen, problems);
      }
    }
  }

  private static String simple(Type type) {
    return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
  }
}

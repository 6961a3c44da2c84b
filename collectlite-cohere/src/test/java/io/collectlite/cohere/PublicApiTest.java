package io.collectlite.cohere;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API speaks CollectLite and JDK types only: the SDK, OkHttp and the internal package stay behind it. */
class PublicApiTest {
  private static final List<Class<?>> PUBLIC_TYPES = List.of(CohereSuggester.class, CohereSuggester.Builder.class,
      CohereEmbedder.class, CohereEmbedder.Builder.class, CohereEmbedder.InputType.class, RelevanceThresholds.class,
      CoherePrices.class, CoherePrices.Price.class);

  @Test
  void publicSignaturesNameNoSdkOkHttpOrInternalType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : PUBLIC_TYPES) {
      Stream.<Member>concat(Stream.concat(Arrays.stream(type.getDeclaredMethods()),
          Arrays.stream(type.getDeclaredConstructors())), Arrays.stream(type.getDeclaredFields()))
          .filter(m -> Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers()))
          .filter(m -> !m.isSynthetic())
          .forEach(m -> signature(m).filter(PublicApiTest::hidden)
              .forEach(t -> leaks.add(type.getSimpleName() + "." + m.getName() + " uses " + t)));
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void everyPublicTypeIsFinalOrARecordOrAnEnum() {
    assertThat(PUBLIC_TYPES).allSatisfy(t -> assertThat(Modifier.isFinal(t.getModifiers()) || t.isRecord()
        || t.isEnum()).as(t.getName()).isTrue());
  }

  private static Stream<String> signature(Member member) {
    if (member instanceof Method m) {
      return Stream.concat(Stream.of(m.getGenericReturnType().getTypeName()),
          Arrays.stream(m.getGenericParameterTypes()).map(java.lang.reflect.Type::getTypeName));
    }
    if (member instanceof Executable e) return Arrays.stream(e.getGenericParameterTypes()).map(java.lang.reflect.Type::getTypeName);
    return Stream.of(((Field) member).getGenericType().getTypeName());
  }

  private static boolean hidden(String typeName) {
    return typeName.contains("com.cohere.") || typeName.contains("okhttp3.")
        || typeName.contains("io.collectlite.cohere.internal.");
  }
}

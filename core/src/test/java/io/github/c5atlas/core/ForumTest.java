package io.github.c5atlas.core;

import static io.github.c5atlas.core.Fixtures.date;
import static io.github.c5atlas.core.Fixtures.membership;
import static io.github.c5atlas.core.Fixtures.since;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ForumTest {
  private static Forum.Builder csto() {
    return Forum.builder().id("csto").kind(ForumKind.ORGANISATION)
        .putName("en", "Collective Security Treaty Organization").addAliases("CSTO", "ОДКБ");
  }

  @Test
  void holdsKindNamesFoundingMembershipsAndSources() {
    Membership kz = membership("KZ", MembershipStatus.MEMBER, since("2002-10-07"));
    Forum forum = csto().founded(date("2002-10")).addMemberships(kz).addSource("tass").build();
    assertThat(forum.kind()).isEqualTo(ForumKind.ORGANISATION);
    assertThat(forum.aliases()).containsExactly("CSTO", "ОДКБ");
    assertThat(forum.founded()).contains(date("2002-10"));
    assertThat(forum.memberships()).containsExactly(kz);
    assertThat(forum.sources()).containsExactly("tass");
  }

  @Test
  void idIsLowercase() {
    assertThatIllegalArgumentException().isThrownBy(() -> csto().id("CSTO").build())
        .withMessageContaining("forum id 'CSTO'");
  }

  @Test
  void needsAnEnglishName() {
    assertThatIllegalArgumentException().isThrownBy(() -> Forum.builder().id("csto").kind(ForumKind.ORGANISATION)
        .putName("ru", "ОДКБ").build()).withMessageContaining("forum csto must have an English name");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(csto().build(), csto().build())
        .addEqualityGroup(csto().kind(ForumKind.SUMMIT_FORMAT).build())
        .addEqualityGroup(csto().founded(date("2002")).build())
        .addEqualityGroup(csto().addMemberships(membership("KZ", MembershipStatus.MEMBER, since("2002"))).build())
        .testEquals();
  }

  @Test
  void nulls() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Forum.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Forum.builder());
  }
}

package org.crmsocial.it.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.crmsocial.crm.entity.Contact;
import org.crmsocial.crm.entity.Lead;
import org.crmsocial.crm.entity.RecordSource;
import org.crmsocial.it.settings.SandboxConsent;
import org.crmsocial.platform.control.AccessDenied;
import org.crmsocial.platform.control.RuleViolation;
import org.crmsocial.security.control.OrganizationService;
import org.crmsocial.security.entity.Edition;
import org.crmsocial.security.entity.SystemProfile;
import org.crmsocial.social.people.control.PeopleService;
import org.crmsocial.social.people.control.PersonSummary;
import org.crmsocial.social.provider.model.Network;
import org.crmsocial.social.provider.model.NetworkPerson;
import org.crmsocial.social.settings.control.AccountRemoval;
import org.crmsocial.social.settings.control.LinkingService;
import org.crmsocial.testsupport.Deployments;
import org.crmsocial.testsupport.TestCurrentUser;
import org.crmsocial.testsupport.TestData;
import org.eclipse.microprofile.config.Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People and their leads and contacts in the running server, with the sandbox Twitter account
 * linked: creating a record from a person (S-20), associating and undoing with the "Lead/Contact
 * detail page" part and without Manage Social (S-24, S-26), refusals without it, a renamed handle
 * (S-24) and Google+ people (S-24). Each test uses people of its own.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.productWarWith(PeopleServiceIT.class).addClass(SandboxConsent.class);
  }

  @EJB PeopleService people;
  @EJB LinkingService linking;
  @EJB AccountRemoval removal;
  @EJB PeopleFixture fixture;
  @EJB OrganizationService organization;
  @EJB TestData data;
  @Inject TestCurrentUser as;
  @Inject Config config;

  private SandboxLinks links;

  @BeforeEach
  void twitterLinked() {
    as.signInAs(data.superAdminEmail());
    links = new SandboxLinks(linking, removal, config);
    links.removeAll();
    links.linkTwitter();
  }

  @AfterEach
  void removeAllAccounts() {
    as.signInAs(data.superAdminEmail());
    links.removeAll();
  }

  private long twitterPerson(String name, String handle) {
    return fixture.person(
        Network.TWITTER, new NetworkPerson(TestData.unique("tw"), handle, name, null, null));
  }

  @Test
  void aLeadCreatedFromAPersonComesFromTheSocialTabIsAssociatedAndOutlivesTheAccount() { // S-20
    long person = twitterPerson("Emily Clark", TestData.unique("emily"));
    String standard = data.user(data.systemProfile(SystemProfile.STANDARD).getId(), "en");
    as.signInAs(standard);

    long leadId = people.createLead(person);

    Lead lead = fixture.findLead(leadId);
    assertThat(lead.getSource()).isEqualTo(RecordSource.SOCIAL_TAB);
    assertThat(lead.getOwner().getEmail()).isEqualTo(standard);
    assertThat(lead.getFirstName()).isEqualTo("Emily");
    assertThat(lead.getLastName()).isEqualTo("Clark");
    assertThat(fixture.summary(person).leadId()).isEqualTo(leadId);
    assertThat(fixture.auditActions(person)).containsExactly("social.person.createLead");

    removeAllAccounts(); // S-20: removing the account deletes no lead and keeps the association

    assertThat(fixture.findLead(leadId)).isNotNull();
    assertThat(fixture.findLead(leadId).getSource()).isEqualTo(RecordSource.SOCIAL_TAB);
    assertThat(fixture.summary(person).leadId()).isEqualTo(leadId);
  }

  @Test
  void aContactCreatedFromAJapaneseNameHasTheFamilyNameFirst() { // S-20
    long person = twitterPerson("佐藤 美咲", TestData.unique("misaki"));
    as.signInAs(data.superAdminEmail());

    long contactId = people.createContact(person);

    Contact contact = fixture.findContact(contactId);
    assertThat(contact.getSource()).isEqualTo(RecordSource.SOCIAL_TAB);
    assertThat(contact.getLastName()).isEqualTo("佐藤");
    assertThat(contact.getFirstName()).isEqualTo("美咲");
    assertThat(fixture.summary(person).contactId()).isEqualTo(contactId);
    assertThatThrownBy(
            () ->
                people.createLead(person)) // a second record for the same person would duplicate it
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("social.people.error.alreadyAssociated");
  }

  @Test
  void creatingARecordNeedsTheSocialTab() { // S-27, S-3: create is a Social tab action
    long person = twitterPerson("Ken Ito", TestData.unique("ken"));
    as.signInAs(fixture.userWith(true, false));

    assertThatThrownBy(() -> people.createLead(person))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("security.access.socialTabRequired");
    assertThatThrownBy(() -> people.createContact(person)).isInstanceOf(AccessDenied.class);
    assertThat(fixture.summary(person).associated()).isFalse();
  }

  @Test
  void theDetailPagePartAloneAssociatesAndUndoesWithoutManageSocial() { // S-26
    long person = twitterPerson("Jiro Suzuki", TestData.unique("jiro"));
    long lead = fixture.lead("Suzuki");
    long contact = fixture.contact("Suzuki");
    as.signInAs(fixture.userWith(true, false)); // Manage Social off, Social tab off, detail page on

    people.associateLead(person, lead);
    assertThat(fixture.summary(person).leadId()).isEqualTo(lead);

    people.associateContact(person, contact);
    assertThat(fixture.summary(person).leadId()).isNull();
    assertThat(fixture.summary(person).contactId()).isEqualTo(contact);

    people.dissociate(person);
    PersonSummary undone = fixture.summary(person);
    assertThat(undone.associated()).isFalse();
    assertThat(fixture.findLead(lead)).isNotNull(); // S-20: undo deletes nothing
    assertThat(fixture.auditActions(person))
        .containsExactly(
            "social.person.associate", "social.person.associate", "social.person.dissociate");
  }

  @Test
  void withoutTheDetailPagePartTheServerRefusesToAssociate() { // S-24, S-26
    long person = twitterPerson("James Wilson", TestData.unique("jw"));
    long lead = fixture.lead("Wilson");
    as.signInAs(data.superAdminEmail());
    people.associateLead(person, lead);
    as.signInAs(fixture.userWith(false, true)); // Social tab on, detail page off

    assertThatThrownBy(() -> people.associateLead(person, fixture.lead("Other")))
        .isInstanceOf(AccessDenied.class)
        .hasMessageContaining("security.access.detailPageRequired");
    assertThatThrownBy(() -> people.associateContact(person, fixture.contact("Other")))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> people.dissociate(person)).isInstanceOf(AccessDenied.class);
    assertThat(fixture.summary(person).leadId()).isEqualTo(lead);
  }

  @Test
  void aRenamedHandleIsTheSamePersonAndKeepsItsAssociation() { // S-24: keyed by network user id
    String id = TestData.unique("tw");
    String oldHandle = TestData.unique("old").replace('-', '_');
    String newHandle = TestData.unique("new").replace('-', '_');
    long person =
        fixture.person(
            Network.TWITTER, new NetworkPerson(id, oldHandle, "Sophie Martin", null, null));
    long lead = fixture.lead("Martin");
    as.signInAs(data.superAdminEmail());
    people.associateLead(person, lead);

    long seenAgain =
        fixture.person(Network.TWITTER, new NetworkPerson(id, newHandle, null, null, null));

    assertThat(seenAgain).isEqualTo(person);
    assertThat(fixture.peopleWithExternalId(Network.TWITTER, id)).isEqualTo(1);
    assertThat(people.search("@" + newHandle, Network.TWITTER, 10))
        .singleElement()
        .satisfies(
            found -> {
              assertThat(found.id()).isEqualTo(person);
              assertThat(found.leadId()).isEqualTo(lead);
              assertThat(found.displayName()).isEqualTo("Sophie Martin");
            });
    assertThat(people.search(oldHandle, Network.TWITTER, 10)).isEmpty();
  }

  @Test
  void searchFindsByNamePrefixOnTheChosenNetworkOnly() { // S-24: search by name or handle
    String name = "Zz" + TestData.unique("Olivia");
    long twitter = twitterPerson(name + " Brown", TestData.unique("ob"));
    long facebook =
        fixture.person(
            Network.FACEBOOK,
            new NetworkPerson(TestData.unique("fb"), null, name + " Brown", null, null));
    as.signInAs(data.superAdminEmail());

    assertThat(people.search(name.toLowerCase(), Network.TWITTER, 10))
        .extracting(PersonSummary::id)
        .containsExactly(twitter);
    assertThat(people.search(name, null, 10))
        .extracting(PersonSummary::id)
        .containsExactlyInAnyOrder(twitter, facebook);
    assertThat(people.search("%", null, 10)).isEmpty(); // wildcards match literally
  }

  @Test
  void anEditionWithoutSocialRefusesCreatingAndAssociating() { // S-7
    long person = twitterPerson("Yoko Tanaka", TestData.unique("yoko"));
    long lead = fixture.lead("Tanaka");
    as.signInAs(data.superAdminEmail());
    organization.changeEdition(Edition.STANDARD);
    try {
      assertThatThrownBy(() -> people.createLead(person))
          .isInstanceOf(AccessDenied.class)
          .hasMessageContaining("security.access.editionWithoutSocial");
      assertThatThrownBy(() -> people.associateLead(person, lead))
          .isInstanceOf(AccessDenied.class)
          .hasMessageContaining("security.access.editionWithoutSocial");
    } finally {
      organization.changeEdition(Edition.ENTERPRISE);
    }
    assertThat(fixture.summary(person).associated()).isFalse();
  }

  @Test
  void googlePlusPeopleCannotBeAssociated() { // S-24: Facebook and Twitter profiles only
    long person =
        fixture.person(
            Network.GOOGLE_PLUS,
            new NetworkPerson(TestData.unique("g"), null, "Michael Lee", null, null));
    long lead = fixture.lead("Lee");
    as.signInAs(data.superAdminEmail());

    assertThatThrownBy(() -> people.associateLead(person, lead))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("social.people.error.notAssociable");
    assertThatThrownBy(() -> people.createContact(person))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("social.people.error.notAssociable");
    assertThat(fixture.summary(person).associated()).isFalse();
  }
}

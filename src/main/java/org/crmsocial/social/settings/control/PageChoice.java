package org.crmsocial.social.settings.control;

import java.io.Serializable;

/** A page the Add Page dialog offers (S-9 step 6, S-15); its token stays on the server. */
public record PageChoice(String id, String name, String category) implements Serializable {

  // For Expression Language 5, which does not see record accessors.

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCategory() {
    return category;
  }
}

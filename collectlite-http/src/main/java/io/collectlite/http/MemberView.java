package io.collectlite.http;

import io.collectlite.project.Membership;
import io.javalin.openapi.OpenApiRequired;

/** A project member and their role (owner, reviewer or annotator). */
record MemberView(@OpenApiRequired long user_id, @OpenApiRequired String user_name, @OpenApiRequired String role) {
  static MemberView of(Membership m) {
    return new MemberView(m.userId(), m.userName(), m.role().wire());
  }
}

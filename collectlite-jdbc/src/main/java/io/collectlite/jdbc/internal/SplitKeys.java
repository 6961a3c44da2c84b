package io.collectlite.jdbc.internal;

import io.collectlite.ingest.NearDuplicates;
import io.collectlite.ingest.UnsettledExample;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Split keys and the vectors near-duplicate checks compared (source_examples.split_key, example_vectors). A key is
 * only ever set for an example above the project's export watermark (no export can have held it) and never changed;
 * an example without one is split by its own id. Vectors are stored as little-endian float32 bytes.
 */
final class SplitKeys {
  /** The newest example row any export of the project may hold (0 before the first export). */
  private static final String WATERMARK = "SELECT coalesce(max(max_example_id), 0) FROM exports "
      + "WHERE project_id = :project";
  private static final String UNSETTLED = "SELECT e.id, e.example_id, e.fields_json FROM source_examples e "
      + "JOIN tasks t ON t.source_example_id = e.id WHERE e.project_id = :project AND NOT EXISTS "
      + "(SELECT 1 FROM example_vectors v WHERE v.source_example_id = e.id) ORDER BY e.id";
  private static final String SETTLED = "SELECT e.id, e.example_id, coalesce(e.split_key, e.example_id), v.vector "
      + "FROM source_examples e JOIN example_vectors v ON v.source_example_id = e.id "
      + "WHERE e.project_id = :project AND v.model = :model ORDER BY e.id";
  private static final String SET_KEY = "UPDATE source_examples SET split_key = :key WHERE id = :id "
      + "AND split_key IS NULL AND id > :watermark";
  private static final String KEYS = "SELECT id, coalesce(split_key, example_id) FROM source_examples "
      + "WHERE id IN (<ids>)";
  private static final String DROP_VECTOR = "DELETE FROM example_vectors WHERE source_example_id = :id";
  private static final String ADD_VECTOR = "INSERT INTO example_vectors (source_example_id, model, vector) "
      + "VALUES (:id, :model, :vector)";

  private SplitKeys() {}

  static List<UnsettledExample> unsettled(Handle h, long projectId) {
    long watermark = watermark(h, projectId);
    return h.createQuery(UNSETTLED).bind("project", projectId)
        .map((rs, ctx) -> new UnsettledExample(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getLong(1) <= watermark))
        .list();
  }

  static long watermark(Handle h, long projectId) {
    return h.createQuery(WATERMARK).bind("project", projectId).mapTo(Long.class).one();
  }

  static List<NearDuplicates.Example> settled(Handle h, long projectId, String model) {
    return h.createQuery(SETTLED).bind("project", projectId).bind("model", model)
        .map((rs, ctx) -> new NearDuplicates.Example(rs.getLong(1), rs.getString(2), rs.getString(3),
            floats(rs.getBytes(4))))
        .list();
  }

  /** Stores the vectors and the keys still allowed (the caller holds the project lock); returns the stored keys. */
  static Map<Long, String> settle(Handle h, long projectId, String model, List<NearDuplicates.Example> examples) {
    if (examples.isEmpty()) return Map.of();
    long watermark = watermark(h, projectId);
    PreparedBatch keys = h.prepareBatch(SET_KEY);
    PreparedBatch drop = h.prepareBatch(DROP_VECTOR);
    PreparedBatch add = h.prepareBatch(ADD_VECTOR);
    for (NearDuplicates.Example e : examples) {
      keys.bind("key", e.splitKey()).bind("id", e.rowId()).bind("watermark", watermark).add();
      drop.bind("id", e.rowId()).add();
      add.bind("id", e.rowId()).bind("model", model).bind("vector", bytes(e.vector())).add();
    }
    keys.execute();
    drop.execute();
    add.execute();
    Map<Long, String> stored = new HashMap<>();
    h.createQuery(KEYS).bindList("ids", examples.stream().map(NearDuplicates.Example::rowId).toList())
        .map((rs, ctx) -> stored.put(rs.getLong(1), rs.getString(2))).forEach(ignored -> { });
    return stored;
  }

  static byte[] bytes(float[] vector) {
    ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (float x : vector) buffer.putFloat(x);
    return buffer.array();
  }

  static float[] floats(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    float[] vector = new float[bytes.length / Float.BYTES];
    for (int i = 0; i < vector.length; i++) vector[i] = buffer.getFloat();
    return vector;
  }
}

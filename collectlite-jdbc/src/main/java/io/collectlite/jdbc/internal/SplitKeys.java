package io.collectlite.jdbc.internal;

import io.collectlite.ingest.NearDuplicates;
import io.collectlite.ingest.UnsettledExample;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Split keys and the vectors near-duplicate checks compared (source_examples.split_key, example_vectors). Vectors
 * are stored as little-endian float32 bytes.
 */
final class SplitKeys {
  private static final String UNSETTLED = "SELECT e.id, e.example_id, e.fields_json, "
      + "CASE WHEN t.state = 'exported' THEN 1 ELSE 0 END FROM source_examples e "
      + "JOIN tasks t ON t.source_example_id = e.id WHERE e.project_id = :project AND e.split_key IS NULL ORDER BY e.id";
  private static final String SETTLED = "SELECT e.id, e.example_id, e.split_key, v.vector FROM source_examples e "
      + "JOIN example_vectors v ON v.source_example_id = e.id WHERE e.project_id = :project "
      + "AND e.split_key IS NOT NULL AND v.model = :model ORDER BY e.id";
  private static final String SET_KEY = "UPDATE source_examples SET split_key = :key WHERE id = :id "
      + "AND split_key IS NULL";
  private static final String DROP_VECTOR = "DELETE FROM example_vectors WHERE source_example_id = :id";
  private static final String ADD_VECTOR = "INSERT INTO example_vectors (source_example_id, model, vector) "
      + "VALUES (:id, :model, :vector)";

  private SplitKeys() {}

  static List<UnsettledExample> unsettled(Handle h, long projectId) {
    return h.createQuery(UNSETTLED).bind("project", projectId)
        .map((rs, ctx) -> new UnsettledExample(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1))
        .list();
  }

  static List<NearDuplicates.Example> settled(Handle h, long projectId, String model) {
    return h.createQuery(SETTLED).bind("project", projectId).bind("model", model)
        .map((rs, ctx) -> new NearDuplicates.Example(rs.getLong(1), rs.getString(2), rs.getString(3),
            floats(rs.getBytes(4))))
        .list();
  }

  static void settle(Handle h, String model, List<NearDuplicates.Example> examples) {
    PreparedBatch keys = h.prepareBatch(SET_KEY);
    PreparedBatch drop = h.prepareBatch(DROP_VECTOR);
    PreparedBatch add = h.prepareBatch(ADD_VECTOR);
    for (NearDuplicates.Example e : examples) {
      keys.bind("key", e.splitKey()).bind("id", e.rowId()).add();
      drop.bind("id", e.rowId()).add();
      add.bind("id", e.rowId()).bind("model", model).bind("vector", bytes(e.vector())).add();
    }
    if (examples.isEmpty()) return;
    keys.execute();
    drop.execute();
    add.execute();
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

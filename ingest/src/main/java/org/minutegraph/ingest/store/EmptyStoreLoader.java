package org.minutegraph.ingest.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.Iterator;

import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.lib.NodeLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.Hash;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.nodetable.TReadAppendFileTransport;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TProtocol;

/**
 * Writes the first update of a new store the way TDB2's bulk loader (xloader) builds a database:
 * every term is appended to the node file once, and each B+tree (the node index and the quad
 * indexes) is packed bottom-up from its records sorted in memory. Inserting quad by quad walks
 * four B+trees per quad and was most of a fresh ingest's time.
 *
 * <p>Used inside the update's write transaction on a store with no terms and no quads. It works in
 * two steps so that a failure elsewhere in the update (the index half) can still roll back cleanly:
 * {@link #prepare} writes only the node file, which the transaction truncates on abort; {@link
 * Prepared#pack} rewrites the B+tree files in place, after which only discarding the new store
 * undoes the update.
 */
final class EmptyStoreLoader {

    private final NodeTableTRDF nodeTable;
    private final TupleIndexRecord[] quadIndexes;

    private EmptyStoreLoader(NodeTableTRDF nodeTable, TupleIndexRecord[] quadIndexes) {
        this.nodeTable = nodeTable;
        this.quadIndexes = quadIndexes;
    }

    /**
     * The loader for {@code dsg} if it is TDB2 storage holding no term and no quad (a new store),
     * else empty. Call inside a write transaction.
     */
    static Optional<EmptyStoreLoader> forEmpty(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) {
            return Optional.empty();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable();
        if (!(nodes instanceof NodeTableTRDF trdf)
                || trdf.getData().length() != 0 || !trdf.getIndex().isEmpty()
                || !tdb.getTripleTable().getNodeTupleTable().isEmpty()
                || !tdb.getQuadTable().getNodeTupleTable().isEmpty()) {
            return Optional.empty();
        }
        TupleIndex[] indexes = tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        TupleIndexRecord[] records = new TupleIndexRecord[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            if (!(indexes[i] instanceof TupleIndexRecord r) || !(r.getRangeIndex() instanceof BPlusTree)) {
                return Optional.empty();
            }
            records[i] = r;
        }
        return Optional.of(new EmptyStoreLoader(trdf, records));
    }

    /** Quads to load: each named graph with its triples. */
    interface QuadSource {
        void forEach(QuadSink sink);
    }

    interface QuadSink {
        void graph(Node graph, Iterable<Triple> triples);
    }

    /**
     * Appends every term of the quads to the node file and sorts the rows of each B+tree. Touches
     * no B+tree, so an abort of the transaction undoes it.
     */
    Prepared prepare(QuadSource quads) {
        NodeWriter writer = new NodeWriter(nodeTable);
        Rows rows = new Rows();
        quads.forEach((graph, triples) -> {
            long g = writer.id(graph);
            for (Triple t : triples) {
                rows.add(g, writer.id(t.getSubject()), writer.id(t.getPredicate()), writer.id(t.getObject()));
            }
        });
        // The indexes sort independently of each other: on every processor.
        int[][] orders = Arrays.stream(quadIndexes).parallel()
                .map(index -> rows.sorted(index.getMapping()))
                .toArray(int[][]::new);
        return new Prepared(sortedDistinct(writer.hashRecords.toArray(Record[]::new)), rows, orders);
    }

    /** The quads as TDB2 encodes their node ids, four longs per quad in primary (GSPO) order. */
    private static final class Rows {
        private long[] ids = new long[4 * 4096];
        private int count;

        void add(long g, long s, long p, long o) {
            if (4 * count + 4 > ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            int at = 4 * count++;
            ids[at] = g;
            ids[at + 1] = s;
            ids[at + 2] = p;
            ids[at + 3] = o;
        }

        /**
         * The rows in the order of an index (its key is the mapped slots, each id as 8 big-endian
         * bytes, so comparing the ids as unsigned longs compares the keys), duplicates left out.
         */
        int[] sorted(TupleMap mapping) {
            int[] slots = {mapping.getSlotIdx(0), mapping.getSlotIdx(1), mapping.getSlotIdx(2), mapping.getSlotIdx(3)};
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> compare(a, b, slots));
            int[] out = new int[count];
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (n == 0 || compare(out[n - 1], order[i], slots) != 0) {
                    out[n++] = order[i];
                }
            }
            return n == count ? out : Arrays.copyOf(out, n);
        }

        private int compare(int a, int b, int[] slots) {
            for (int slot : slots) {
                int c = Long.compareUnsigned(ids[4 * a + slot], ids[4 * b + slot]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }

        /** The B+tree record of a row: its ids in the index's slot order. */
        Record record(RecordFactory factory, int row, TupleMap mapping) {
            byte[] key = new byte[4 * NodeId.SIZE];
            for (int i = 0; i < 4; i++) {
                Bytes.setLong(ids[4 * row + mapping.getSlotIdx(i)], key, i * NodeId.SIZE);
            }
            return factory.create(key);
        }
    }

    /** The sorted rows of every B+tree, ready to pack. */
    final class Prepared {
        private final Record[] nodeRecords;
        private final Rows rows;
        private final int[][] orders;

        private Prepared(Record[] nodeRecords, Rows rows, int[][] orders) {
            this.nodeRecords = nodeRecords;
            this.rows = rows;
            this.orders = orders;
        }

        /**
         * Builds the node index and every quad index from the sorted records. Writes the B+tree files
         * in place: if this or the commit after it fails, the store must be discarded.
         */
        void pack() {
            pack((BPlusTree) nodeTable.getIndex(), Arrays.asList(nodeRecords).iterator());
            for (int i = 0; i < quadIndexes.length; i++) {
                BPlusTree tree = (BPlusTree) quadIndexes[i].getRangeIndex();
                TupleMap mapping = quadIndexes[i].getMapping();
                RecordFactory factory = tree.getRecordFactory();
                pack(tree, Arrays.stream(orders[i]).mapToObj(row -> rows.record(factory, row, mapping)).iterator());
            }
        }

        private static void pack(BPlusTree tree, Iterator<Record> records) {
            if (!records.hasNext()) {
                return;
            }
            // The tree's root stays block 0 and its block managers are shared, so the transaction's
            // commit records the packed tree's state (root 0, new allocation limits).
            BPlusTreeRewriter.packIntoBPlusTree(records, tree.getParams(), tree.getRecordFactory(),
                    tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                    tree.getRecordsMgr().getBlockMgr());
        }
    }

    private static Record[] sortedDistinct(Record[] records) {
        Arrays.sort(records, (a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey()));
        int n = 0;
        for (int i = 0; i < records.length; i++) {
            if (n == 0 || !Arrays.equals(records[n - 1].getKey(), records[i].getKey())) {
                records[n++] = records[i];
            }
        }
        return n == records.length ? records : Arrays.copyOf(records, n);
    }

    /** Appends terms to the node file as TDB2's node table does, remembering the id of each. */
    private static final class NodeWriter {
        private final CountingTransport transport;
        private final TProtocol protocol;
        private final RecordFactory hashFactory;
        private final long start;
        private final Map<Node, Long> ids = new HashMap<>();
        private final List<Record> hashRecords = new ArrayList<>();

        NodeWriter(NodeTableTRDF table) {
            BinaryDataFile file = table.getData();
            this.start = file.length();
            this.transport = new CountingTransport(file);
            this.protocol = TRDF.protocol(transport);
            this.hashFactory = table.getIndex().getRecordFactory();
        }

        /** The node's id as TDB2 writes it in index keys (8 bytes, big-endian). */
        long id(Node node) {
            Long known = ids.get(node);
            if (known != null) {
                return known;
            }
            NodeId id = NodeId.inline(node);
            if (id == null) {
                id = NodeIdFactory.createPtr(start + transport.written);
                try {
                    ThriftConvert.convert(node, true).write(protocol);
                } catch (TException e) {
                    throw new StoreException("Cannot write the term " + node + " to the node table: " + e.getMessage(), e);
                }
                Hash hash = new Hash(hashFactory.keyLength());
                NodeLib.setHash(hash, node);
                Record record = hashFactory.create(hash.getBytes());
                NodeIdFactory.set(id, record.getValue(), 0);
                hashRecords.add(record);
            }
            byte[] encoded = new byte[NodeId.SIZE];
            NodeIdFactory.set(id, encoded, 0);
            long value = Bytes.getLong(encoded);
            ids.put(node, value);
            return value;
        }
    }

    /** Appends to the node file, counting the bytes so no term needs a call for the file's length. */
    private static final class CountingTransport extends TReadAppendFileTransport {
        private long written;

        CountingTransport(BinaryDataFile file) {
            super(file);
            open();
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            super.write(buffer, offset, length);
            written += length;
        }
    }
}

package org.minutegraph.ingest.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.lib.tuple.TupleFactory;
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
import org.apache.jena.tdb2.lib.TupleLib;
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
     * Appends every term of the quads to the node file and sorts the records of each B+tree. Touches
     * no B+tree, so an abort of the transaction undoes it.
     */
    Prepared prepare(QuadSource quads) {
        NodeWriter writer = new NodeWriter(nodeTable);
        List<NodeId[]> rows = new ArrayList<>();
        quads.forEach((graph, triples) -> {
            NodeId g = writer.id(graph);
            for (Triple t : triples) {
                rows.add(new NodeId[] {g, writer.id(t.getSubject()), writer.id(t.getPredicate()), writer.id(t.getObject())});
            }
        });
        Record[][] indexRecords = new Record[quadIndexes.length][];
        for (int i = 0; i < quadIndexes.length; i++) {
            TupleIndexRecord index = quadIndexes[i];
            RecordFactory factory = index.getRangeIndex().getRecordFactory();
            Record[] records = new Record[rows.size()];
            for (int r = 0; r < records.length; r++) {
                NodeId[] q = rows.get(r);
                records[r] = TupleLib.record(factory, TupleFactory.create4(q[0], q[1], q[2], q[3]), index.getMapping());
            }
            indexRecords[i] = sortedDistinct(records);
        }
        return new Prepared(sortedDistinct(writer.hashRecords.toArray(Record[]::new)), indexRecords);
    }

    /** The sorted records of every B+tree, ready to pack. */
    final class Prepared {
        private final Record[] nodeRecords;
        private final Record[][] indexRecords;

        private Prepared(Record[] nodeRecords, Record[][] indexRecords) {
            this.nodeRecords = nodeRecords;
            this.indexRecords = indexRecords;
        }

        /** Number of quads. */
        int quads() {
            return indexRecords.length == 0 ? 0 : indexRecords[0].length;
        }

        /**
         * Builds the node index and every quad index from the sorted records. Writes the B+tree files
         * in place: if this or the commit after it fails, the store must be discarded.
         */
        void pack() {
            pack((BPlusTree) nodeTable.getIndex(), nodeRecords);
            for (int i = 0; i < quadIndexes.length; i++) {
                pack((BPlusTree) quadIndexes[i].getRangeIndex(), indexRecords[i]);
            }
        }

        private static void pack(BPlusTree tree, Record[] records) {
            if (records.length == 0) {
                return;
            }
            // The tree's root stays block 0 and its block managers are shared, so the transaction's
            // commit records the packed tree's state (root 0, new allocation limits).
            BPlusTreeRewriter.packIntoBPlusTree(Arrays.asList(records).iterator(), tree.getParams(),
                    tree.getRecordFactory(), tree.getStateManager().getBufferChannel(),
                    tree.getNodeManager().getBlockMgr(), tree.getRecordsMgr().getBlockMgr());
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
        private final BinaryDataFile file;
        private final TProtocol protocol;
        private final RecordFactory hashFactory;
        private final Map<Node, NodeId> ids = new HashMap<>();
        private final List<Record> hashRecords = new ArrayList<>();

        NodeWriter(NodeTableTRDF table) {
            this.file = table.getData();
            TReadAppendFileTransport transport = new TReadAppendFileTransport(file);
            transport.open();
            this.protocol = TRDF.protocol(transport);
            this.hashFactory = table.getIndex().getRecordFactory();
        }

        NodeId id(Node node) {
            NodeId inline = NodeId.inline(node);
            if (inline != null) {
                return inline;
            }
            NodeId known = ids.get(node);
            if (known != null) {
                return known;
            }
            NodeId id = NodeIdFactory.createPtr(file.length());
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
            ids.put(node, id);
            return id;
        }
    }
}

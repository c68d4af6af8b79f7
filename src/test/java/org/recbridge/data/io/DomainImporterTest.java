package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.Domain;
import org.recbridge.data.FeatureTable;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

class DomainImporterTest {
    @Test
    void movieLens100kDomain() throws Exception {
        DomainImporter.ImportResult result = DomainImporter.importDomain("movies", TestData.path("u.data"),
                TestData.path("u.user"), TestData.path("u.item"), TestData.options(), ProgressListener.none(),
                CancelToken.none());
        Domain domain = result.domain();
        assertEquals(5, domain.interactions().size());
        assertEquals(List.of("interactions", "user features", "item features"),
                result.summaries().stream().map(ImportSummary::kind).toList());

        FeatureTable users = domain.userFeatures();
        assertEquals("userId", users.keyColumn());
        assertEquals(List.of("age", "gender", "occupation"), List.copyOf(users.columns().keySet()));
        assertArrayEquals(new Object[] {49.0, "M", "writer"}, users.values("196"));

        FeatureTable items = domain.itemFeatures();
        assertEquals(List.of("year", "genres"), List.copyOf(items.columns().keySet()));
        assertEquals(ColumnRole.TOKENS, items.columns().get("genres"));
        assertArrayEquals(new Object[] {1994.0, "Children's|Comedy"}, items.values("377"));
        assertEquals(5, result.summaries().get(2).items());
    }

    @Test
    void recBoleDomainWithoutUsers() throws Exception {
        Domain domain = DomainImporter.importDomain("rb", TestData.path("sample.inter"), null,
                TestData.path("sample.item"), TestData.options(), ProgressListener.none(), CancelToken.none()).domain();
        assertNull(domain.userFeatures());
        assertEquals("item_id", domain.itemFeatures().keyColumn());
        assertArrayEquals(new Object[] {"Heat", "1995", "Action Crime", 0.7}, domain.itemFeatures().values("11"));
    }

    @Test
    void featureTableKeyIsFirstColumnWhenNoIdColumn() throws Exception {
        Imported<FeatureTable> table = FeatureTableImporter.importFile(TestData.path("piped.txt"), ColumnRole.ITEM,
                TestData.roles(java.util.Map.of("user", ColumnRole.IGNORE, "item", ColumnRole.IGNORE)));
        assertEquals("user", table.value().keyColumn());
        assertEquals(2, table.value().size());
        assertEquals(1, table.summary().duplicatesMerged());
    }
}

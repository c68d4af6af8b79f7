package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.Domain;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

class DomainSplitterTest {
    private Domain movies;

    @BeforeEach
    void load() throws Exception {
        // u.data items: 242 Comedy, 302 Crime/Film-Noir/Mystery/Thriller, 377 Children's/Comedy
        movies = DomainImporter.importDomain("ml", TestData.path("u.data"), TestData.path("u.user"),
                TestData.path("u.item"), TestData.options(), ProgressListener.none(), CancelToken.none()).domain();
    }

    @Test
    void splitsByTokenAndCountsItemsInBoth() {
        DomainSplitter.SplitResult split = DomainSplitter.splitByItemAttribute(movies, "genres", "Comedy", "Crime");
        assertEquals(List.of("242", "377"), split.source().interactions().items().names());
        assertEquals(List.of("302"), split.target().interactions().items().names());
        assertEquals(0, split.itemsInBoth());
        assertEquals(1, split.droppedInteractions()); // 1002 is Drama
        assertEquals("ml/Comedy", split.source().name());
        assertEquals(List.of("196", "22"), split.source().userFeatures().keys().names());
        assertEquals(2, split.source().itemFeatures().size());
        assertEquals(1, split.target().itemFeatures().size());
    }

    @Test
    void offersTheColumnsAndValuesASplitCanUse() {
        assertEquals(List.of("genres"), DomainSplitter.splittableColumns(movies.itemFeatures()));
        assertEquals(List.of("Children's", "Comedy", "Crime", "Drama", "Film-Noir", "Mystery", "Thriller"),
                List.copyOf(DomainSplitter.attributeValues(movies.itemFeatures(), "genres")));
    }

    @Test
    void itemsWithBothValuesGoToNeither() {
        // 1001 is Comedy and Drama; 1002 is Drama only
        DomainSplitter.SplitResult split = DomainSplitter.splitByItemAttribute(movies, "genres", "Comedy", "Drama");
        assertEquals(1, split.itemsInBoth());
        assertEquals(List.of("242", "377"), split.source().interactions().items().names());
        assertEquals(List.of("1002"), split.target().interactions().items().names());
        assertEquals(2, split.droppedInteractions()); // the two ratings of the Crime movie 302
        assertEquals(List.of("22"), split.target().userFeatures().keys().names());
        // Children's occurs only together with Comedy, so nothing can go to the target
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DomainSplitter.splitByItemAttribute(movies, "genres", "Comedy", "Children's"));
        assertEquals("no item has only \"Children's\" in column genres; values found: Children's, Comedy, Crime, "
                + "Drama, Film-Noir, Mystery, Thriller", e.getMessage());
    }

    @Test
    void clearErrors() throws Exception {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> DomainSplitter.splitByItemAttribute(movies, "genre", "Comedy", "Drama"));
        assertEquals("unknown item column \"genre\"; known columns: year, genres", unknown.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> DomainSplitter.splitByItemAttribute(movies, "genres", "Comedy", "Horror"));
        assertEquals("no item has only \"Horror\" in column genres; values found: Children's, Comedy, Crime, Drama, Film-Noir, Mystery, Thriller", missing.getMessage());
        Domain bare = movies.withName("bare");
        IllegalArgumentException noItems = assertThrows(IllegalArgumentException.class, () -> DomainSplitter.splitByItemAttribute(
                new Domain("bare", bare.interactions(), null, null), "genres", "Comedy", "Drama"));
        assertEquals("domain bare has no item table to split by", noItems.getMessage());
    }

    @Test
    void splitsByCategoricalColumn() throws DataFormatException, java.io.IOException {
        Domain piped = DomainImporter.importDomain("music", TestData.path("piped.txt"), null,
                TestData.path("piped.txt"), TestData.options(), ProgressListener.none(), CancelToken.none()).domain();
        // piped.txt as item table is keyed by its ITEM column "item"; genre is CATEGORICAL
        DomainSplitter.SplitResult split = DomainSplitter.splitByItemAttribute(piped, "genre", "rock", "jazz");
        assertEquals(List.of("m1"), split.source().interactions().items().names());
        assertEquals(2, split.target().interactions().size());
    }
}

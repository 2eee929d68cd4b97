package org.accords.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import com.mongodb.event.CommandStartedEvent;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Names of the commands the driver sent to read dataset collections (the scheduled
 * pointer check is not page work), for the tests that count a page's store commands: the
 * command, its collection and, for a {@code find}, its filter ({@code find Statement_v
 * {"_id": ...}}) and the fields it projects to, if any ({@code ... projection {"_id":
 * 1}}).
 */
public record StoreCommands(List<String> names) {

	public void clear() {
		this.names.clear();
	}

	public int size() {
		return this.names.size();
	}

	/** Counts the commands of the application's store client. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Counting {

		@Bean
		StoreCommands storeCommands() {
			return new StoreCommands(new CopyOnWriteArrayList<>());
		}

		@Bean
		MongoClientSettingsBuilderCustomizer countingListener(StoreCommands commands) {
			return (settings) -> settings.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					BsonValue value = event.getCommand().get(event.getCommandName());
					String collection = (value instanceof BsonString name) ? name.getValue() : String.valueOf(value);
					if (collection.contains("_")) {
						Object filter = event.getCommand().get("filter");
						Object projection = event.getCommand().get("projection");
						commands.names()
							.add(event.getCommandName() + " " + collection
									+ ((filter instanceof BsonDocument document) ? " " + document.toJson() : "")
									+ ((projection instanceof BsonDocument fields) ? " projection " + fields.toJson()
											: ""));
					}
				}
			});
		}

	}

}

package org.accords.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Names of the commands the driver sent to read dataset collections (the scheduled
 * pointer check is not page work), for the tests that count a page's store commands.
 */
public record StoreCommands(List<String> names) {

	void clear() {
		this.names.clear();
	}

	int size() {
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
					Object collection = event.getCommand().get(event.getCommandName());
					if (collection != null && collection.toString().contains("_")) {
						commands.names().add(event.getCommandName() + " " + collection);
					}
				}
			});
		}

	}

}
